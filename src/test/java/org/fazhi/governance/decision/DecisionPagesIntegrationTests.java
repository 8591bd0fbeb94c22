package org.fazhi.governance.decision;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.identity.Role;
import org.fazhi.inspection.PlanFilingFiles;
import org.fazhi.identity.SignedInUser;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agency;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The major-decision pages: the catalogue's form, a decision refused on its page naming the missing procedures, export. */
@FazhiIntegrationTest
class DecisionPagesIntegrationTests {

    static final String PAGES = "/governance/major-decisions";

    @Autowired MockMvc mvc;
    @Autowired RegistryTestData registry;
    @Autowired DecisionRepository repository;
    @Autowired Clock clock;

    @Test
    void theBureauPlansAndTheAgencyIsRefusedADecisionWithoutItsProcedures() throws Exception {
        Agency agency = registry.agency("页面决策局");
        SignedInUser bureau = RegistryTestData.supervisor();
        String title = "页面决策" + RegistryTestData.suffix();
        page(post(PAGES).param("year", Integer.toString(LocalDate.now(clock).getYear()))
                .param("agencyId", Long.toString(agency.id())).param("title", title), bureau)
                .andExpect(flash().attribute("flash", containsString("已列入年度目录")));
        long id = repository.search(org.fazhi.identity.DataScope.ofAgency(agency.region(), agency.id()),
                new DecisionRepository.Search(null, null, null, title), org.fazhi.platform.PageRequest.of(null, 5))
                .items().get(0).id();
        SignedInUser undertaking = RegistryTestData.agencyAdmin(agency);

        page(post(PAGES + "/" + id + "/decision").param("note", "通过"), undertaking)
                .andExpect(flash().attribute("flashError", containsString("公众参与、专家论证、风险评估、合法性审查、集体讨论决定")));
        page(post(PAGES + "/" + id + "/steps").param("kind", "RISK_ASSESSMENT").param("evidence", "评估报告"), undertaking)
                .andExpect(flash().attribute("flash", containsString("已登记程序")));
        mvc.perform(multipart(PAGES + "/" + id + "/files").file(new MockMultipartFile("file", "评估报告.pdf",
                        "application/pdf", PlanFilingFiles.pdf())).param("kind", "RISK_ASSESSMENT")
                        .with(user(undertaking)).with(csrf()))
                .andExpect(flash().attribute("flash", containsString("已上传材料文件")));
        page(get(PAGES + "/" + id), undertaking).andExpect(status().isOk())
                .andExpect(content().string(containsString("评估报告.pdf</a>")))
                .andExpect(content().string(containsString("id=\"decision-missing\"")))
                .andExpect(content().string(containsString("评估报告")))
                .andExpect(content().string(containsString("id=\"decide\"")));
        page(get(PAGES + "?q=" + title), RegistryTestData.leader()).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-decision=\"" + id + "\"")))
                .andExpect(content().string(containsString("id=\"decision-catalogues\"")));

        byte[] xlsx = page(get(PAGES + "/export?q=" + title), bureau).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("决策事项");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(title);
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("待决策");
        }
        page(get(PAGES), RegistryTestData.user(Role.OFFICER, agency.id())).andExpect(status().isForbidden());
        page(get(PAGES + "/" + id), RegistryTestData.user(Role.AGENCY_ADMIN, agency.id() + 100_000))
                .andExpect(status().isNotFound());
    }

    @Test
    void theDemoCatalogueIsPublishedWithItsDecisions() throws Exception {
        page(get(PAGES + "?q=城区集中供热价格调整方案"), RegistryTestData.leader()).andExpect(status().isOk())
                .andExpect(content().string(containsString("已后评估")));
        page(get(PAGES + "?q=县城生活垃圾分类实施方案&state=DECIDED"), RegistryTestData.leader())
                .andExpect(content().string(containsString("县城生活垃圾分类实施方案")));
    }

    ResultActions page(MockHttpServletRequestBuilder request, SignedInUser caller) throws Exception {
        return mvc.perform(request.with(user(caller)).with(csrf()));
    }
}
