package org.fazhi.disputes.reconsideration;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.CaseworkTestData;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.registry.RegistryTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The reconsideration pages: receiving, each step's form, the list's filters, refusals, and the export. */
@FazhiIntegrationTest
class ReconsiderationPagesIntegrationTests {

    private static final String PAGES = "/disputes/reconsiderations";

    @Autowired MockMvc mvc;
    @Autowired CaseworkTestData casework;
    @Autowired ReconsiderationRepository repository;
    @Autowired Clock clock;

    final SignedInUser body = RegistryTestData.user(Role.RECONSIDERATION, null);

    @Test
    void theBodyReceivesAnApplicationAndTakesItsStepsOnTheCasesPage() throws Exception {
        Handling h = casework.agency("复议页面局");
        page(get(PAGES + "/new"), body).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"reconsideration-form\"")));
        page(post(PAGES).param("channel", "GREEN_CHANNEL").param("applicantKind", "ORGANISATION")
                .param("applicantName", "郏县某商贸有限公司").param("agencyId", Long.toString(h.agencyId()))
                .param("act", "责令停产停业的行政处罚决定").param("knewOn", "2026-01-05")
                .param("rightExplained", "true"), body).andExpect(status().isOk())
                .andExpect(content().string(containsString("受理点名称")));
        String location = page(post(PAGES).param("channel", "GREEN_CHANNEL").param("intakePoint", "城关镇司法所受理点")
                .param("applicantKind", "ORGANISATION").param("applicantName", "郏县某商贸有限公司")
                .param("agencyId", Long.toString(h.agencyId())).param("act", "责令停产停业的行政处罚决定")
                .param("knewOn", LocalDate.now(clock).minusDays(3).toString()).param("rightExplained", "true"), body)
                .andExpect(redirectedUrlPattern(PAGES + "/*"))
                .andExpect(flash().attribute("flash", containsString("已登记复议申请")))
                .andReturn().getResponse().getRedirectedUrl();
        String path = java.util.Objects.requireNonNull(location);
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));

        page(get(path), body).andExpect(status().isOk())
                .andExpect(content().string(containsString("城关镇司法所受理点")))
                .andExpect(content().string(containsString("data-deadline=\"EXAMINATION\"")))
                .andExpect(content().string(containsString("id=\"accept\"")));
        page(post(path + "/refuse").param("text", ""), body).andExpect(redirectedUrl(path))
                .andExpect(flash().attribute("flashError", "不予受理理由：请填写不予受理的理由"));
        page(post(path + "/accept").param("procedure", "SIMPLIFIED"), body)
                .andExpect(flash().attribute("flash", containsString("已受理")));
        page(post(path + "/extension").param("text", "张某"), body)
                .andExpect(flash().attribute("flashError", containsString("简易程序的案件不能延期")));
        page(post(path + "/convert"), body).andExpect(flash().attribute("flash", "已转为普通程序"));
        page(post(path + "/copy"), body).andExpect(flash().attribute("flash", containsString("已发送申请书副本")));
        page(post(path + "/hearing").param("mode", "HEARING").param("on", LocalDate.now(clock).toString()), body)
                .andExpect(flash().attribute("flashError", containsString("提前 5 个工作日")));
        page(get(path), h.head()).andExpect(content().string(containsString("id=\"answer\"")))
                .andExpect(content().string(not(containsString("id=\"decide\""))));
        page(post(path + "/answer").param("text", "答复书及证据"), h.head())
                .andExpect(flash().attribute("flash", "已登记被申请人的答复"));
        page(post(path + "/settlement").param("text", "双方和解，申请人撤回申请"), body)
                .andExpect(flash().attribute("flash", containsString("已终止")));
        assertThat(repository.find(id).orElseThrow().state()).isEqualTo(ReconsiderationState.CONCLUDED);
        page(get(path), body).andExpect(content().string(containsString("id=\"reconsideration-outcome\"")))
                .andExpect(content().string(not(containsString("id=\"reconsideration-steps\""))));
    }

    @Test
    void theFormsDateInputsShowTheirDaysWhenOpenedAndWhenARefusedFormComesBack() throws Exception {
        String today = LocalDate.now(clock).toString();
        page(get(PAGES + "/new"), body).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"receivedOn\" value=\"" + today + "\"")));
        page(post(PAGES).param("receivedOn", "2026-11-20").param("knewOn", "2026-11-02").param("channel", "WINDOW")
                .param("applicantKind", "PERSON"), body).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"receivedOn\" value=\"2026-11-20\"")))
                .andExpect(content().string(containsString("name=\"knewOn\" value=\"2026-11-02\"")));
    }

    @Test
    void theListFiltersTheExportOpensWithPoiAndOthersAreRefused() throws Exception {
        Handling h = casework.agency("复议列表局");
        String number = repository.find(received(h)).orElseThrow().number();
        String name = "列表申请人" + RegistryTestData.suffix();
        long mine = received(h, name);

        page(get(PAGES + "?state=RECEIVED&agencyId=" + h.agencyId() + "&q=" + name), RegistryTestData.supervisor())
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-reconsideration=\"" + mine + "\"")));
        page(get(PAGES + "?state=CONCLUDED&q=" + name), RegistryTestData.supervisor())
                .andExpect(content().string(not(containsString("data-reconsideration=\"" + mine + "\""))));
        byte[] xlsx = page(get(PAGES + "/export?q=" + name), body).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("案号");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo(name);
            assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo("待审查");
        }
        byte[] other = page(get(PAGES + "/export?q=" + number), RegistryTestData.user(Role.AGENCY_ADMIN,
                h.agencyId() + 100_000)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(other))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isZero();
        }
        page(get(PAGES), h.officer()).andExpect(status().isForbidden());
        page(get(PAGES + "/export"), RegistryTestData.enterprise(h.party().id())).andExpect(status().isForbidden());
        page(get(PAGES + "/new"), RegistryTestData.supervisor()).andExpect(status().isForbidden());
        page(get(PAGES + "/" + mine), RegistryTestData.user(Role.AGENCY_ADMIN, h.agencyId() + 100_000))
                .andExpect(status().isNotFound());
        page(post(PAGES + "/" + mine + "/accept"), RegistryTestData.supervisor()).andExpect(status().isForbidden());
        mvc.perform(get(PAGES)).andExpect(status().is3xxRedirection());
    }

    long received(Handling h) throws Exception {
        return received(h, "申请人" + RegistryTestData.suffix());
    }

    long received(Handling h, String applicant) throws Exception {
        String location = page(post(PAGES).param("channel", "WINDOW").param("applicantKind", "ORGANISATION")
                .param("applicantName", applicant).param("agencyId", Long.toString(h.agencyId()))
                .param("act", "罚款一万元的行政处罚决定").param("knewOn", LocalDate.now(clock).minusDays(3).toString())
                .param("rightExplained", "false"), body).andReturn().getResponse().getRedirectedUrl();
        String path = java.util.Objects.requireNonNull(location);
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    ResultActions page(MockHttpServletRequestBuilder request, SignedInUser caller) throws Exception {
        return mvc.perform(request.with(user(caller)).with(csrf()));
    }
}
