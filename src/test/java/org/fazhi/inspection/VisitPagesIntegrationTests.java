package org.fazhi.inspection;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.InspectionTestData.Inspecting;
import org.fazhi.inspection.task.InspectionTask;
import org.fazhi.inspection.task.TaskStatus;
import org.fazhi.inspection.task.Tasks;
import org.fazhi.inspection.task.Visits;
import org.fazhi.registry.officer.Officer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.registry.RegistryTestData.agencyAdmin;
import static org.fazhi.registry.RegistryTestData.user;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 扫码入企: the task page's code, and what anyone scanning it sees — the genuine visit or a clear refusal. */
@FazhiIntegrationTest
class VisitPagesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired InspectionTestData data;
    @Autowired Tasks tasks;
    @Autowired Visits visits;
    @Autowired JdbcClient jdbc;

    @Test
    void aGenuineCodeShowsWhoInspectsWhatAndChecksTheVisitIn() throws Exception {
        Inspecting inspecting = data.agency("扫码局", 2);
        InspectionTask task = approvedTask(inspecting);
        String code = visits.codeOf(task).orElseThrow();
        Officer officer = inspecting.officers().get(0);

        mvc.perform(get("/inspection/tasks/" + task.id()).with(asUser(agencyAdmin(inspecting.agency()))))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("<svg"),
                        containsString("/visit/" + code), containsString(inspecting.agency().name()))));
        mvc.perform(get("/inspection/tasks").with(asUser(agencyAdmin(inspecting.agency()))))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString(task.code()),
                        containsString(inspecting.agency().name()))));
        mvc.perform(get("/visit/" + code)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("检查码真实有效"), containsString(officer.name()),
                        containsString(inspecting.item().name()), containsString(inspecting.agency().name()))));

        assertThat(tasks.get(agencyAdmin(inspecting.agency()), task.id()).status()).isEqualTo(TaskStatus.CHECKED_IN);
        assertThat(scans(task.id(), "GENUINE")).isEqualTo(1);
    }

    @Test
    void forgedAndRevokedCodesAreRefusedAndRecorded() throws Exception {
        Inspecting inspecting = data.agency("伪码局", 2);
        InspectionTask task = approvedTask(inspecting);
        String code = visits.codeOf(task).orElseThrow();
        String forged = code.substring(0, code.length() - 2) + (code.endsWith("AA") ? "BB" : "AA");

        mvc.perform(get("/visit/" + forged)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("可能是伪造的"), not(containsString("检查码真实有效")))));
        mvc.perform(get("/visit/not-a-code")).andExpect(status().isOk())
                .andExpect(content().string(containsString("可能是伪造的")));

        tasks.revoke(user(Role.OFFICER, inspecting.agency().id()), task.id(), task.version());
        mvc.perform(get("/visit/" + code)).andExpect(status().isOk())
                .andExpect(content().string(containsString("已被撤销")));
        assertThat(scans(task.id(), "REVOKED")).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from inspection.code_scan where outcome = 'FORGED' and scanned_at > now() - interval '1 minute'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theTaskFormRefusesAnUnknownPartyBesideTheField() throws Exception {
        Inspecting inspecting = data.agency("表单检查局", 2);
        mvc.perform(post("/inspection/tasks").with(asUser(user(Role.OFFICER, inspecting.agency().id()))).with(csrf())
                        .param("kind", "CASE").param("origin", "COMPLAINT").param("partyCode", "91410425MA00000000")
                        .param("itemIds", String.valueOf(inspecting.item().id()))
                        .param("officerIds", String.valueOf(inspecting.officers().get(0).id()),
                                String.valueOf(inspecting.officers().get(1).id()))
                        .param("windowFrom", "2026-12-01").param("windowTo", "2026-12-05"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("本县没有这个统一社会信用代码的行政相对人")));
    }

    private InspectionTask approvedTask(Inspecting inspecting) {
        SignedInUser officer = user(Role.OFFICER, inspecting.agency().id());
        InspectionTask task = tasks.create(officer, InspectionTestData.caseForm(inspecting, data.enterprise(false)));
        return tasks.decide(agencyAdmin(inspecting.agency()), task.id(), task.version(), true, null);
    }

    private long scans(long taskId, String outcome) {
        return jdbc.sql("select count(*) from inspection.code_scan where task_id = ? and outcome = ?")
                .params(taskId, outcome).query(Long.class).single();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor asUser(SignedInUser user) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(user);
    }
}
