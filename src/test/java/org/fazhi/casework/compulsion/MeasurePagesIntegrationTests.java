package org.fazhi.casework.compulsion;

import java.io.ByteArrayInputStream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.CaseworkTestData;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.registry.RegistryTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

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

/** The measures' pages: taken by form from the case page, acted on, listed and exported; scope refusals. */
@FazhiIntegrationTest
class MeasurePagesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired CaseworkTestData data;
    @Autowired MeasureViews views;

    @Test
    void aSeizureIsTakenFromTheCasePageWithItsListAndApprovedOnItsPage() throws Exception {
        Handling h = data.agency("页面扣押局");
        long caseId = data.filed(h);

        mvc.perform(get("/casework/cases/" + caseId).with(user(h.officer()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"case-measures\"")))
                .andExpect(content().string(containsString("本案尚未采取强制措施")))
                .andExpect(content().string(containsString("id=\"new-measure\"")));
        mvc.perform(get("/casework/cases/" + caseId).with(user(RegistryTestData.supervisor())))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("id=\"new-measure\""))));
        mvc.perform(get("/casework/cases/" + caseId + "/measures/new").with(user(h.officer())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("items[5].name")));

        mvc.perform(post("/casework/cases/" + caseId + "/measures").with(user(h.officer())).with(csrf())
                        .param("requestKey", "page-key-" + caseId).param("kind", "SEIZURE")
                        .param("reason", "涉嫌经营过期食品").param("legalBasis", "《食品安全法》第一百一十条")
                        .param("placeKept", "涉案物品仓库")
                        .param("officerIds", String.valueOf(h.handlers().get(0)), String.valueOf(h.handlers().get(1)))
                        .param("items[0].name", "过期奶粉").param("items[0].quantity", "12").param("items[0].unit", "罐")
                        .param("items[1].name", "").param("items[1].quantity", "").param("items[1].unit", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/casework/measures/*"));
        long id = views.ofCase(h.officer(), caseId).get(0).id();
        mvc.perform(get("/casework/measures/" + id).with(user(h.officer()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("过期奶粉")))
                .andExpect(content().string(containsString("12罐")))
                .andExpect(content().string(not(containsString("id=\"act-APPROVE\""))));
        mvc.perform(get("/casework/measures/" + id).with(user(h.head())))
                .andExpect(content().string(containsString("id=\"act-APPROVE\"")));

        mvc.perform(post("/casework/measures/" + id + "/acts/APPROVE").with(user(h.head())).with(csrf())
                        .param("requestKey", "page-approve-" + id).param("version", "0").param("note", "同意"))
                .andExpect(redirectedUrl("/casework/measures/" + id)).andExpect(flash().attributeExists("flash"));
        mvc.perform(post("/casework/measures/" + id + "/acts/EXTEND").with(user(h.head())).with(csrf())
                        .param("requestKey", "page-extend-" + id).param("version", "1").param("days", "45")
                        .param("reason", "复杂"))
                .andExpect(flash().attribute("flashError", "延长期限不得超过30日。"));
        mvc.perform(get("/casework/measures/" + id).with(user(h.officer())))
                .andExpect(content().string(containsString("id=\"document-decision\"")))
                .andExpect(content().string(containsString("id=\"document-list\"")))
                .andExpect(content().string(containsString("延长期限不得超过30日")));
        mvc.perform(get("/casework/cases/" + caseId).with(user(h.officer())))
                .andExpect(content().string(containsString("实施中")));
    }

    @Test
    void aFormWithoutItemsOrOfficersIsShownAgainWithTheFieldsToFix() throws Exception {
        Handling h = data.agency("页面补正局");
        long caseId = data.filed(h);

        mvc.perform(post("/casework/cases/" + caseId + "/measures").with(user(h.officer())).with(csrf())
                        .param("requestKey", "page-bad-" + caseId).param("kind", "SEALING_UP")
                        .param("reason", "涉嫌无证生产").param("legalBasis", "《食品安全法》").param("placeKept", "原地"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("须选择两名以上执法人员")))
                .andExpect(content().string(containsString("清单至少须有一项物品")));
    }

    @Test
    void theOpenMeasuresAreListedPerAgencyAndExportedAndOthersSeeNone() throws Exception {
        Handling h = data.agency("页面清单局");
        Handling other = data.agency("页面他局");
        long caseId = data.filed(h);
        String caseCode = code(h, caseId);

        mvc.perform(get("/casework/measures").with(user(h.officer()))).andExpect(status().isOk())
                .andExpect(content().string(containsString(caseCode)))
                .andExpect(content().string(containsString("/casework/measures/export")));
        mvc.perform(get("/casework/measures").param("agency", String.valueOf(h.agencyId()))
                        .with(user(RegistryTestData.supervisor())))
                .andExpect(content().string(containsString(caseCode)));
        mvc.perform(get("/casework/measures").with(user(other.officer())))
                .andExpect(content().string(not(containsString(caseCode))));
        byte[] xlsx = mvc.perform(get("/casework/measures/export").with(user(h.officer())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = book.getSheetAt(0);
            DataFormatter cells = new DataFormatter();
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(caseCode);
            assertThat(cells.formatCellValue(sheet.getRow(1).getCell(2))).isEqualTo("查封");
            assertThat(cells.formatCellValue(sheet.getRow(1).getCell(3))).isEqualTo("待批准");
        }
        long id = views.ofCase(h.officer(), caseId).get(0).id();
        mvc.perform(get("/casework/measures/" + id).with(user(other.officer()))).andExpect(status().isNotFound());
        mvc.perform(post("/casework/measures/" + id + "/acts/APPROVE").with(user(other.head())).with(csrf())
                .param("requestKey", "page-other-" + id).param("version", "0")).andExpect(status().isNotFound());
        mvc.perform(post("/casework/measures/" + id + "/acts/APPROVE").with(user(RegistryTestData.supervisor()))
                .with(csrf()).param("requestKey", "page-reader-" + id).param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/casework/cases/" + caseId + "/measures/new").with(user(RegistryTestData.leader())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/casework/measures/" + id)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/casework/measures/import").with(user(h.head()))).andExpect(status().isForbidden());
    }

    /** Takes a 查封 on the case (proposed, not approved) and gives the case's code. */
    private String code(Handling h, long caseId) throws Exception {
        mvc.perform(post("/api/v1/casework/cases/" + caseId + "/measures").with(user(h.officer())).with(csrf())
                        .contentType("application/json").content(MeasureApiIntegrationTests.newMeasure(h,
                        "page-list-" + caseId, false).replace("SEIZURE", "SEALING_UP")))
                .andExpect(status().isCreated());
        return views.ofCase(h.officer(), caseId).get(0).caseCode();
    }
}
