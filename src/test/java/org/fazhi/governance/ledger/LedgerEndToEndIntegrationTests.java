package org.fazhi.governance.ledger;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.Indicator;
import org.fazhi.platform.spreadsheet.ImportPage.ShownProblem;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agency;
import org.fazhi.reporting.IndicatorCatalog;
import org.fazhi.shared.Period;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A ledger type declared here by the county's bureau and used from its declaration alone: the form (refusals naming
 * the field), the list with its filters, search and figures, an import refused with row and column and nothing
 * written, a good import, the export read back with POI, the API, and the shipped types' indicators in the catalog.
 */
@FazhiIntegrationTest
class LedgerEndToEndIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired RegistryTestData registry;
    @Autowired LedgerEntryRepository entries;
    @Autowired IndicatorCatalog catalog;
    @Autowired Clock clock;

    final SignedInUser bureau = RegistryTestData.supervisor();

    @Test
    void aCountyDeclaresALedgerAndUsesItsFormListImportExportApiAndFigures() throws Exception {
        Agency agency = registry.agency("台账走访局");
        String code = LedgerFixtures.code();
        String pages = "/governance/ledgers/" + code;
        String today = LocalDate.now(clock).toString();

        page(post("/governance/ledger-types").param("json", "{\"code\": \"" + code + "\"}"), bureau)
                .andExpect(status().isOk()).andExpect(content().string(containsString("台账须声明 1 至 60 个字段")));
        page(post("/governance/ledger-types").param("json", LedgerFixtures.declaration(code)), bureau)
                .andExpect(redirectedUrl(pages)).andExpect(flash().attribute("flash", containsString("测试走访台账")));

        page(get(pages + "/new"), bureau).andExpect(status().isOk())
                .andExpect(content().string(containsString("走访日期")))
                .andExpect(content().string(containsString(">" + agency.name() + "<")));
        page(post(pages).param("day", today).param("agency", String.valueOf(agency.id())).param("kind", "走访")
                .param("people", "-2"), bureau).andExpect(status().isOk())
                .andExpect(content().string(containsString("村（社区）：请填写")))
                .andExpect(content().string(containsString("内容：只能是 宣讲、排查")))
                .andExpect(content().string(containsString("人数：不能小于 0")));
        String village = "东街" + RegistryTestData.suffix();
        String location = page(post(pages).param("day", today).param("agency", String.valueOf(agency.id()))
                .param("village", village).param("kind", "宣讲").param("people", "30").param("cost", "120.5")
                .param("done", "true"), bureau).andExpect(redirectedUrlPattern(pages + "/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(Objects.requireNonNull(location).substring(location.lastIndexOf('/') + 1));
        page(get(location), bureau).andExpect(content().string(containsString("120.50")))
                .andExpect(content().string(containsString(agency.name())));

        page(get(pages).param("q", village), bureau)
                .andExpect(content().string(containsString("data-entry=\"" + id + "\"")))
                .andExpect(content().string(containsString("data-indicator=\"TEST_TALK_RATE\"")))
                .andExpect(content().string(containsString("100.00%")));
        page(get(pages).param("c.kind", "排查"), bureau)
                .andExpect(content().string(not(containsString("data-entry=\"" + id + "\""))));
        page(get(pages).param("agencyId", String.valueOf(agency.id())).param("c.done", "true"), bureau)
                .andExpect(content().string(containsString("data-entry=\"" + id + "\"")));

        importsAllOrNothing(pages, code, agency, today);
        exportsWhatTheListShows(pages, agency);
        servesTheApi(code, agency, today);
    }

    private void importsAllOrNothing(String pages, String code, Agency agency, String today) throws Exception {
        byte[] template = page(get(pages + "/import/template"), bureau).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        byte[] bad = LedgerFixtures.filled(template, List.of(
                List.of(today, agency.name(), "西街", "排查", "5", "", "否"),
                List.of(today, agency.name(), "北街", "走访", "5", "", ""),
                List.of(today, agency.name(), "南街", "宣讲", "-1", "", "")));
        MvcResult refused = upload(pages, bad);
        @SuppressWarnings("unchecked")
        List<ShownProblem> problems = (List<ShownProblem>) refused.getModelAndView().getModel().get("problems");
        assertThat(problems).extracting(ShownProblem::row, ShownProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "内容"), org.assertj.core.groups.Tuple.tuple(4, "人数"));
        assertThat(problems.get(1).message()).contains("人数：不能小于 0");
        assertThat(count(code)).isEqualTo(1);

        byte[] good = LedgerFixtures.filled(template, List.of(
                List.of(today, agency.name(), "西街", "排查", "5", "10", "否"),
                List.of(today, agency.name(), "北街", "宣讲", "7", "", "是")));
        assertThat(upload(pages, good).getResponse().getContentAsString()).contains("已导入 2 条记录");
        assertThat(count(code)).isEqualTo(3);
    }

    private void exportsWhatTheListShows(String pages, Agency agency) throws Exception {
        byte[] xlsx = page(get(pages + "/export").param("agencyId", String.valueOf(agency.id())), bureau)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("走访日期");
            assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("已办结");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            List<String> villages = List.of(sheet.getRow(1).getCell(2).getStringCellValue(),
                    sheet.getRow(2).getCell(2).getStringCellValue(), sheet.getRow(3).getCell(2).getStringCellValue());
            assertThat(villages).contains("西街", "北街");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(agency.name());
        }
    }

    private void servesTheApi(String code, Agency agency, String today) throws Exception {
        String api = "/api/v1/governance/ledgers";
        call(get(api), bureau, null).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItem(code))).andExpect(jsonPath("$[*].code", hasItem("mediation-cases")));
        call(post(api + "/" + code + "/entries"), bureau, "{\"values\": {\"day\": \"" + today + "\", \"agency\": "
                + agency.id() + ", \"village\": \"API村\", \"kind\": \"访谈\"}}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("kind")))
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("内容：只能是"))));
        String created = call(post(api + "/" + code + "/entries"), bureau, "{\"values\": {\"day\": \"" + today
                + "\", \"agency\": " + agency.id() + ", \"village\": \"API村\", \"kind\": \"排查\", \"people\": 4, "
                + "\"cost\": 99.9, \"done\": false}}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.values.cost").value("99.90"))
                .andExpect(jsonPath("$.agencyName").value(agency.name()))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
        call(put(api + "/" + code + "/entries/" + id), bureau, "{\"version\": 0, \"values\": {\"day\": \"" + today
                + "\", \"agency\": " + agency.id() + ", \"village\": \"API村\", \"kind\": \"宣讲\"}}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        call(put(api + "/" + code + "/entries/" + id), bureau, "{\"version\": 0, \"values\": {\"day\": \"" + today
                + "\", \"agency\": " + agency.id() + ", \"village\": \"API村\", \"kind\": \"宣讲\"}}")
                .andExpect(status().isConflict());
        call(get(api + "/" + code + "/entries").param("c.kind", "宣讲").param("q", "api村"), bureau, null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].values.village").value("API村"));
        page(get("/governance/ledgers/" + code), bureau)
                .andExpect(content().string(containsString("3/4")));
    }

    @Test
    void theShippedLedgersIndicatorsAreInTheCatalogAndCountByAgency() throws Exception {
        Agency agency = registry.agency("台账指标局");
        String today = LocalDate.now(clock).toString();
        SignedInUser office = RegistryTestData.agencyAdmin(agency);
        for (String result : List.of("调解成功", "调解成功", "调解不成功")) {
            page(post("/governance/ledgers/mediation-cases").param("acceptedOn", today).param("organisation", "某调委会")
                    .param("kind", "人民调解").param("disputeType", "邻里纠纷").param("parties", "甲与乙")
                    .param("result", result).param("amount", "1000.25"), office).andExpect(status().is3xxRedirection());
        }
        Period year = Period.yearToDate(LocalDate.now(clock));
        Indicator rate = catalog.find("MEDIATION_SUCCESS_RATE").orElseThrow();
        Indicator.AgencyFigure own = rate.measure(RegistryTestData.COUNTY, year).byAgency().stream()
                .filter(a -> a.agencyId() == agency.id()).findFirst().orElseThrow();
        assertThat(own.figure().numerator()).isEqualTo(2);
        assertThat(own.figure().denominator()).isEqualTo(3);
        assertThat(own.figure().value()).isEqualByComparingTo("66.67");
        Indicator amount = catalog.find("MEDIATION_AMOUNT").orElseThrow();
        assertThat(amount.measure(RegistryTestData.COUNTY, year).byAgency().stream()
                .filter(a -> a.agencyId() == agency.id()).findFirst().orElseThrow().figure().value())
                .isEqualByComparingTo("3000.75");
        Indicator bodies = catalog.find("LEGAL_ADVISER_BODIES").orElseThrow();
        long before = bodies.measure(RegistryTestData.COUNTY, year).total().numerator();
        String body = "顾问单位" + RegistryTestData.suffix();
        for (String[] adviser : List.of(new String[] {body, "法律顾问"}, new String[] {body, "法律顾问"},
                new String[] {body + "乙", "村居法律顾问"}, new String[] {body + "丙", "公职律师"})) {
            page(post("/governance/ledgers/legal-advisers").param("name", "某顾问").param("body", adviser[0])
                    .param("bodyLevel", "县直部门").param("adviserType", adviser[1]).param("profession", "律师")
                    .param("appointedOn", today), bureau).andExpect(status().is3xxRedirection());
        }
        assertThat(bodies.measure(RegistryTestData.COUNTY, year).total().numerator()).isEqualTo(before + 2);
        assertThat(catalog.find("STUDY_RATE")).isPresent();
        assertThat(catalog.find("HOTLINE_CLOSURE_RATE")).isPresent();
    }

    private long count(String code) {
        return entries.count(RegistryTestData.COUNTY, code);
    }

    private MvcResult upload(String pages, byte[] xlsx) throws Exception {
        return mvc.perform(multipart(pages + "/import").file(new MockMultipartFile("file", "visits.xlsx",
                        "application/octet-stream", xlsx)).with(user(bureau)).with(csrf()))
                .andExpect(status().isOk()).andReturn();
    }

    private ResultActions page(MockHttpServletRequestBuilder request, SignedInUser caller) throws Exception {
        return mvc.perform(request.with(user(caller)).with(csrf()));
    }

    private ResultActions call(MockHttpServletRequestBuilder request, SignedInUser caller, String json)
            throws Exception {
        request.with(user(caller)).with(csrf());
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request);
    }
}
