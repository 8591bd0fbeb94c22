package org.fazhi.disputes.litigation;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.disputes.LawsuitOutcome;
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

/** The litigation pages: registering, the defence, hearings and outcome forms, the list's filters, the export, refusals. */
@FazhiIntegrationTest
class LawsuitPagesIntegrationTests {

    private static final String PAGES = "/disputes/lawsuits";

    @Autowired MockMvc mvc;
    @Autowired RegistryTestData registry;
    @Autowired LawsuitRepository repository;
    @Autowired Clock clock;

    final SignedInUser bureau = RegistryTestData.supervisor();

    @Test
    void theBureauRegistersALawsuitAndTheDefendantRecordsItsDefenceAndHearing() throws Exception {
        long agency = registry.agency("应诉页面局").id();
        SignedInUser legalOffice = RegistryTestData.user(Role.AGENCY_ADMIN, agency);
        page(get(PAGES + "/new"), bureau).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"lawsuit-form\"")));
        page(post(PAGES).param("instance", "FIRST").param("plaintiffKind", "ORGANISATION")
                .param("plaintiffName", "郏县某商贸有限公司").param("agencyId", Long.toString(agency))
                .param("cause", "行政处罚").param("act", "罚款五万元"), bureau).andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写受理法院")))
                .andExpect(content().string(containsString("收到起诉状副本的日期")));
        String path = Objects.requireNonNull(registered(agency, "郏县某商贸有限公司"));

        page(get(path), legalOffice).andExpect(status().isOk())
                .andExpect(content().string(containsString("郏县某商贸有限公司")))
                .andExpect(content().string(containsString("id=\"defence\"")))
                .andExpect(content().string(not(containsString("id=\"conclude\""))));
        page(post(path + "/defence"), legalOffice).andExpect(redirectedUrl(path))
                .andExpect(flash().attribute("flash", "已登记提交答辩状"));
        page(post(path + "/defence"), legalOffice)
                .andExpect(flash().attribute("flashError", containsString("不能重复登记")));
        page(post(path + "/hearings").param("appearance", "HEAD"), legalOffice)
                .andExpect(flash().attribute("flashError", "出庭人员及职务：请填写出庭人员的姓名及职务"));
        page(post(path + "/hearings").param("appearance", "HEAD").param("appearedBy", "张某（局长）"), legalOffice)
                .andExpect(flash().attribute("flash", containsString("已登记开庭")));
        page(post(path + "/outcome").param("outcome", "REVOKED"), legalOffice).andExpect(status().isForbidden());
        page(post(path + "/outcome"), bureau)
                .andExpect(flash().attribute("flashError", "结案结果：请选择结案结果"));
        page(post(path + "/outcome").param("outcome", "WITHDRAWN_AFTER_CHANGE").param("note", "原告撤诉"), bureau)
                .andExpect(flash().attribute("flash", "已登记结案结果"));
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        assertThat(Objects.requireNonNull(repository.find(id).orElseThrow().conclusion()).outcome())
                .isEqualTo(LawsuitOutcome.WITHDRAWN_AFTER_CHANGE);
        page(get(path), bureau).andExpect(content().string(containsString("id=\"lawsuit-outcome\"")))
                .andExpect(content().string(containsString("data-appearance=\"HEAD\"")))
                .andExpect(content().string(not(containsString("id=\"lawsuit-steps\""))));
    }

    @Test
    void theListFiltersShowsTheLossRateTheExportOpensWithPoiAndOthersAreRefused() throws Exception {
        long agency = registry.agency("应诉列表局").id();
        String name = "列表原告" + RegistryTestData.suffix();
        String path = Objects.requireNonNull(registered(agency, name));
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));

        page(get(PAGES + "?instance=FIRST&concluded=false&agencyId=" + agency + "&q=" + name), bureau)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-lawsuit=\"" + id + "\"")))
                .andExpect(content().string(containsString("id=\"loss-rate\"")));
        page(get(PAGES + "?concluded=true&q=" + name), bureau)
                .andExpect(content().string(not(containsString("data-lawsuit=\"" + id + "\""))));
        byte[] xlsx = page(get(PAGES + "/export?q=" + name), RegistryTestData.leader()).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("法院案号");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("一审");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo(name);
        }
        byte[] other = page(get(PAGES + "/export?q=" + name), RegistryTestData.user(Role.AGENCY_ADMIN,
                agency + 100_000)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(other))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isZero();
        }
        page(get(PAGES), RegistryTestData.user(Role.OFFICER, agency)).andExpect(status().isForbidden());
        page(get(PAGES + "/export"), RegistryTestData.enterprise(1)).andExpect(status().isForbidden());
        page(get(PAGES + "/new"), RegistryTestData.user(Role.AGENCY_ADMIN, agency)).andExpect(status().isForbidden());
        page(get(PAGES + "/new"), RegistryTestData.leader()).andExpect(status().isForbidden());
        page(get(path), RegistryTestData.user(Role.AGENCY_ADMIN, agency + 100_000)).andExpect(status().isNotFound());
        page(post(path + "/hearings").param("appearance", "NONE"), RegistryTestData.leader())
                .andExpect(status().isForbidden());
        mvc.perform(get(PAGES)).andExpect(status().is3xxRedirection());
    }

    String registered(long agency, String plaintiff) throws Exception {
        return page(post(PAGES).param("court", "郏县人民法院").param("instance", "FIRST")
                .param("courtNumber", "（" + LocalDate.now(clock).getYear() + "）豫0425行初" + RegistryTestData.suffix()
                        + "号")
                .param("plaintiffKind", "ORGANISATION").param("plaintiffName", plaintiff)
                .param("agencyId", Long.toString(agency)).param("cause", "行政处罚").param("act", "罚款五万元的行政处罚决定")
                .param("servedOn", LocalDate.now(clock).minusDays(3).toString()), bureau)
                .andExpect(redirectedUrlPattern(PAGES + "/*"))
                .andExpect(flash().attribute("flash", containsString("答辩期限至")))
                .andReturn().getResponse().getRedirectedUrl();
    }

    ResultActions page(MockHttpServletRequestBuilder request, SignedInUser caller) throws Exception {
        return mvc.perform(request.with(user(caller)).with(csrf()));
    }
}
