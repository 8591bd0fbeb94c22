package org.fazhi.governance.normative;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agency;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The normative-document pages: registering, a step's form and its refusal, the list's filters, export, clean-ups. */
@FazhiIntegrationTest
class NormativePagesIntegrationTests {

    static final String PAGES = "/governance/normative-documents";

    @Autowired MockMvc mvc;
    @Autowired RegistryTestData registry;
    @Autowired Clock clock;

    @Test
    void theDrafterRegistersAndTakesTheDraftingStepsOnThePages() throws Exception {
        Agency agency = registry.agency("页面起草局");
        SignedInUser drafter = RegistryTestData.agencyAdmin(agency);
        String title = "页面测试办法" + RegistryTestData.suffix();
        page(get(PAGES + "/new"), drafter).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"normative-form\"")));
        page(post(PAGES).param("title", " "), drafter).andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写文件标题")));
        String path = page(post(PAGES).param("title", title), drafter)
                .andExpect(redirectedUrlPattern(PAGES + "/*"))
                .andExpect(flash().attribute("flash", containsString(title)))
                .andReturn().getResponse().getRedirectedUrl();
        LocalDate today = LocalDate.now(clock);

        page(post(path + "/comment").param("from", today.toString()).param("to", today.plusDays(2).toString()),
                drafter).andExpect(flash().attribute("flashError", containsString("不得少于7个工作日")));
        page(post(path + "/comment").param("from", today.toString()).param("to", today.plusDays(30).toString()),
                drafter).andExpect(flash().attribute("flash", containsString("征求意见")));
        page(post(path + "/close-comment").param("received", "1"), drafter)
                .andExpect(flash().attribute("flashError", containsString("期满后方可结束")));
        page(get(path), drafter).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"normative-state\">征求意见")))
                .andExpect(content().string(containsString("id=\"close-comment\"")));
        page(get(path), RegistryTestData.leader()).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"close-comment\""))));
    }

    @Test
    void theListFiltersExportsAndRefuses() throws Exception {
        Agency agency = registry.agency("页面列表局");
        String title = "导出测试办法" + RegistryTestData.suffix();
        page(post(PAGES).param("title", title).param("agencyId", Long.toString(agency.id())),
                RegistryTestData.supervisor()).andExpect(status().is3xxRedirection());

        page(get(PAGES + "?state=DRAFTING&q=" + title), RegistryTestData.leader()).andExpect(status().isOk())
                .andExpect(content().string(containsString(title + "</a>")));
        page(get(PAGES + "?state=PUBLISHED&q=" + title), RegistryTestData.leader())
                .andExpect(content().string(not(containsString(title + "</a>"))));
        byte[] xlsx = page(get(PAGES + "/export?q=" + title), RegistryTestData.supervisor()).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("文件标题");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(title);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("起草");
        }
        byte[] other = page(get(PAGES + "/export?q=" + title), RegistryTestData.user(Role.AGENCY_ADMIN,
                agency.id() + 100_000)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(other))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isZero();
        }
        page(get(PAGES), RegistryTestData.user(Role.OFFICER, agency.id())).andExpect(status().isForbidden());
        page(get(PAGES + "/export"), RegistryTestData.enterprise(1)).andExpect(status().isForbidden());
        page(get(PAGES + "/new"), RegistryTestData.leader()).andExpect(status().isForbidden());
        mvc.perform(get(PAGES)).andExpect(status().is3xxRedirection());
    }

    @Test
    void theDemoCampaignShowsItsCountsByDisposition() throws Exception {
        page(get(PAGES + "/cleanups"), RegistryTestData.supervisor()).andExpect(status().isOk())
                .andExpect(content().string(containsString("年度规范性文件集中清理")))
                .andExpect(content().string(containsString("data-disposition=\"REPEAL\">1<")));
        page(get(PAGES + "?expiring=true"), RegistryTestData.leader()).andExpect(status().isOk())
                .andExpect(content().string(containsString("县集体土地征收补偿安置办法")));
        page(get(PAGES + "?filingOverdue=true"), RegistryTestData.leader()).andExpect(status().isOk())
                .andExpect(content().string(containsString("县城市供水管理办法")));
        page(get(PAGES + "/cleanups"), RegistryTestData.user(Role.AGENCY_ADMIN, 1L)).andExpect(status().isForbidden());
    }

    ResultActions page(MockHttpServletRequestBuilder request, SignedInUser caller) throws Exception {
        return mvc.perform(request.with(user(caller)).with(csrf()));
    }
}
