package org.fazhi.casework;

import java.time.LocalDate;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.casework.casefile.PenaltyCases;
import org.fazhi.casework.procedure.CaseState;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The case pages: the list and its filters, a case's page with the steps the user may take, steps by form. */
@FazhiIntegrationTest
class CasePagesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired CaseworkTestData data;
    @Autowired PenaltyCases cases;
    @Autowired org.springframework.context.MessageSource messages;

    @Test
    void theListShowsTheAgencysCasesFilteredAndNotAnotherAgencys() throws Exception {
        Handling h = data.agency("页面甲局");
        Handling other = data.agency("页面乙局");
        long id = data.filed(h);
        String code = cases.get(h.officer(), id).code();

        mvc.perform(get("/casework/cases").param("state", "INVESTIGATING").with(user(h.officer())))
                .andExpect(status().isOk()).andExpect(content().string(containsString(code)))
                .andExpect(content().string(containsString("登记线索")))
                .andExpect(content().string(containsString("调查取证")));
        mvc.perform(get("/casework/cases").param("state", "CLOSED").with(user(h.officer())))
                .andExpect(content().string(not(containsString(code))));
        mvc.perform(get("/casework/cases").with(user(other.officer())))
                .andExpect(content().string(not(containsString(code))));
        mvc.perform(get("/casework/cases").with(user(RegistryTestData.leader())))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("登记线索"))));
        mvc.perform(get("/casework/cases/" + id).with(user(other.officer()))).andExpect(status().isNotFound());
    }

    @Test
    void aStepRefusedForItsInputNamesTheFieldInChinese() throws Exception {
        Handling h = data.agency("页面字段局");
        long id = data.filed(h);

        mvc.perform(post("/casework/cases/" + id + "/steps/EXTEND_DEADLINE").with(user(h.head())).with(csrf())
                        .param("requestKey", "page-days-" + id).param("version", String.valueOf(data.version(id)))
                        .param("reason", "案情复杂"))
                .andExpect(redirectedUrl("/casework/cases/" + id))
                .andExpect(flash().attribute("flashError", "延长天数：必须填写。"));
        mvc.perform(post("/casework/cases/" + id + "/steps/EXTEND_DEADLINE").with(user(h.head())).with(csrf())
                        .param("requestKey", "page-why-" + id).param("version", String.valueOf(data.version(id)))
                        .param("days", "30"))
                .andExpect(flash().attribute("flashError", "理由：必须填写。"));
    }

    @Test
    void everyFieldOfAStepOrAMeasureActHasAChineseLabelForItsRefusals() {
        for (var field : org.fazhi.casework.casefile.StepForm.class.getRecordComponents()) {
            assertThat(messages.getMessage("casework.step.field." + field.getName(), null, null,
                    java.util.Locale.SIMPLIFIED_CHINESE)).as(field.getName()).isNotBlank().doesNotContain(field.getName());
        }
        for (var field : org.fazhi.casework.compulsion.ActForm.class.getRecordComponents()) {
            assertThat(messages.getMessage("casework.measure.field." + field.getName(), null, null,
                    java.util.Locale.SIMPLIFIED_CHINESE)).as(field.getName()).isNotBlank().doesNotContain(field.getName());
        }
    }

    @Test
    void aCasePageOffersTheStepsTheUserMayTakeAndTakesThemByForm() throws Exception {
        Handling h = data.agency("页面办案局");
        long id = data.filed(h);

        mvc.perform(get("/casework/cases/" + id).with(user(h.officer()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"step-RECORD_EVIDENCE\"")))
                .andExpect(content().string(not(containsString("id=\"step-EXTEND_DEADLINE\""))))
                .andExpect(content().string(containsString("作出处罚决定（九十日）")));
        mvc.perform(get("/casework/cases/" + id).with(user(h.head())))
                .andExpect(content().string(containsString("id=\"step-EXTEND_DEADLINE\"")));
        mvc.perform(get("/casework/cases/" + id).with(user(RegistryTestData.supervisor()))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"step-"))));

        mvc.perform(post("/casework/cases/" + id + "/steps/RECORD_EVIDENCE").with(user(h.officer())).with(csrf())
                        .param("requestKey", "page-key-" + id).param("version", String.valueOf(data.version(id)))
                        .param("evidenceKind", "PHYSICAL").param("title", "扣押的食品")
                        .param("collectedOn", LocalDate.now().toString()))
                .andExpect(redirectedUrl("/casework/cases/" + id)).andExpect(flash().attribute("flash",
                        "已完成：登记证据。"));
        assertThat(cases.get(h.officer(), id).evidence()).hasSize(1);

        mvc.perform(post("/casework/cases/" + id + "/steps/NOTIFY").with(user(h.officer())).with(csrf())
                        .param("requestKey", "page-notify-" + id).param("version", String.valueOf(data.version(id))))
                .andExpect(redirectedUrl("/casework/cases/" + id))
                .andExpect(flash().attribute("flashError", containsString("不能进行「行政处罚事先告知」")));
        mvc.perform(get("/casework/cases/" + id).with(user(h.officer())))
                .andExpect(content().string(containsString("被拒绝")));
        mvc.perform(post("/casework/cases/" + id + "/steps/RECORD_EVIDENCE").with(user(RegistryTestData.leader()))
                .with(csrf()).param("requestKey", "page-leader-" + id).param("version", "9"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anOfficerRegistersAClueByForm() throws Exception {
        Handling h = data.agency("页面线索局");

        String location = mvc.perform(post("/casework/cases").with(user(h.officer())).with(csrf())
                        .param("requestKey", "clue-form-" + h.agencyId()).param("source", "COMPLAINT")
                        .param("partyCode", h.party().creditCode()).param("summary", "举报超范围经营")
                        .param("discoveredOn", LocalDate.now().toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(cases.get(h.officer(), id).state()).isEqualTo(CaseState.CLUE);

        mvc.perform(post("/casework/cases").with(user(h.officer())).with(csrf())
                        .param("requestKey", "clue-form-bad-" + h.agencyId()).param("source", "COMPLAINT")
                        .param("partyCode", "91410425MA00000000").param("summary", "举报"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("本县没有该统一社会信用代码")));
    }
}
