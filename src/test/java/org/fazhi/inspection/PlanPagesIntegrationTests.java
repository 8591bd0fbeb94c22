package org.fazhi.inspection;

import java.nio.charset.StandardCharsets;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.identity.Role;
import org.fazhi.inspection.InspectionTestData.Inspecting;
import org.fazhi.inspection.plan.DrawRecord;
import org.fazhi.inspection.plan.InspectionPlan;
import org.fazhi.inspection.plan.PlanDraws;
import org.fazhi.inspection.plan.Plans;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.fazhi.registry.RegistryTestData.agencyAdmin;
import static org.fazhi.registry.RegistryTestData.supervisor;
import static org.fazhi.registry.RegistryTestData.user;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The plan pages for staff, and the public pages and API that let anyone check a draw. */
@FazhiIntegrationTest
class PlanPagesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired InspectionTestData data;
    @Autowired Plans plans;
    @Autowired PlanDraws draws;
    @Autowired org.fazhi.inspection.task.Tasks tasks;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void anyoneSeesADrawAndCanCheckIt() throws Exception {
        Inspecting inspecting = data.agency("公示抽查局", 3);
        InspectionPlan plan = data.readyToDraw(inspecting, InspectionTestData.form(inspecting, null));
        DrawRecord draw = draws.draw(supervisor(), plan.id(), plan.version(), InspectionTestData.SESSION_VALUE);
        String seed = draw.seed();

        mvc.perform(get("/public/inspection/plans")).andExpect(status().isOk())
                .andExpect(content().string(containsString(plan.code())));
        mvc.perform(get("/public/inspection/plans/" + plan.id())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(seed), containsString(plan.seedCommitment()),
                        containsString(draw.secret()), containsString("40417362"), containsString("王见证、李见证"),
                        containsString("公开抽签会"), containsString("复算核验"),
                        containsString(inspecting.officers().get(0).name()))));
        long taskId = jdbc.sql("select min(id) from inspection.task where plan_id = ?").param(plan.id())
                .query(Long.class).single();
        var task = tasks.get(supervisor(), taskId);
        var approved = tasks.decide(agencyAdmin(inspecting.agency()), taskId, task.version(), true, null);
        if (approved.pendingApproval().isPresent()) { // a 五上企业 also needs the justice bureau
            approved = tasks.decide(supervisor(), taskId, approved.version(), true, null);
        }
        tasks.conclude(user(Role.OFFICER, inspecting.agency().id()), taskId, approved.version(),
                InspectionResult.NO_PROBLEM, null, null);
        mvc.perform(get("/public/inspection/plans/" + plan.id())).andExpect(content().string(containsString("未发现问题")));
        mvc.perform(get("/public/inspection/plans/" + plan.id() + "/verification")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("核验一致"), containsString(draw.secret()),
                        containsString("fazhi-seed-v2"), containsString("相符"), not(containsString("不符")))));
        mvc.perform(get("/api/v1/public/inspection/plans/" + plan.id() + "/verification"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.matches").value(true));

        String document = mvc.perform(get("/public/inspection/plans/" + plan.id() + "/draw.json"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        mvc.perform(post("/api/v1/public/inspection/draw-verifications").contentType(MediaType.APPLICATION_JSON)
                        .content(document))
                .andExpect(status().isOk()).andExpect(jsonPath("$.matches").value(true));
        mvc.perform(post("/api/v1/public/inspection/draw-verifications").contentType(MediaType.APPLICATION_JSON)
                        .content(document.replace(seed, seed.substring(1) + "0")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.matches").value(false));
        mvc.perform(post("/api/v1/public/inspection/draw-verifications").contentType(MediaType.APPLICATION_JSON)
                        .content(document.replace("\"publicValue\": \"40417362\"", "\"publicValue\": \"40417363\"")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.matches").value(false))
                .andExpect(jsonPath("$.findings[0]", containsString("种子不是秘密值与公开随机值的组合")));
        mvc.perform(post("/api/v1/public/inspection/draw-verifications").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"format\": \"something else\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("无法读取")));
    }

    @Test
    void aResultNotPublishedTwentyWorkingDaysAfterTheInspectionShowsAsOverdue() throws Exception {
        Inspecting inspecting = data.agency("逾期公示局", 3);
        java.time.LocalDate from = java.time.LocalDate.now().minusDays(70);
        var form = InspectionTestData.form(inspecting, null);
        var past = new org.fazhi.inspection.plan.PlanForm(form.name(), form.kind(), form.leadAgencyId(),
                java.util.List.of(), form.itemIds(), null, null, from, from.plusDays(10), form.percentA(),
                form.percentB(), form.percentC(), form.percentD(), form.percentUnrated(), 2, null, true,
                form.randomnessSource(), null, form.readingAt(), 0);
        // Published 75 days ago, its public session an hour later, the inspections' window over 60 days ago.
        InspectionPlan plan = data.readyToDraw(inspecting, past, java.time.Duration.ofDays(75));
        draws.draw(supervisor(), plan.id(), plan.version(), InspectionTestData.SESSION_VALUE);

        mvc.perform(get("/public/inspection/plans/" + plan.id())).andExpect(status().isOk())
                .andExpect(content().string(containsString("逾期未公示结果")));
    }

    @Test
    void aPublishedPlanShowsWhatItsDrawWaitsForAndNothingToRecomputeYet() throws Exception {
        Inspecting inspecting = data.agency("待抽取局", 2);
        InspectionPlan plan = data.published(inspecting, InspectionTestData.form(inspecting, null));

        mvc.perform(get("/public/inspection/plans/" + plan.id())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(plan.seedCommitment()), containsString("公开抽签会"),
                        containsString("的公开随机值将于 " + plan.drawOn() + " 09:30 读取"),
                        not(containsString("draw.json")))));
        mvc.perform(get("/public/inspection/plans/" + plan.id() + "/draw.json")).andExpect(status().isNotFound());
        mvc.perform(get("/public/inspection/plans/" + plan.id() + "/verification")).andExpect(status().isNotFound());
    }

    @Test
    void draftsAreNotPublic() throws Exception {
        Inspecting inspecting = data.agency("草拟局", 2);
        InspectionPlan draft = plans.create(agencyAdmin(inspecting.agency()), InspectionTestData.form(inspecting, null));

        mvc.perform(get("/public/inspection/plans/" + draft.id())).andExpect(status().isNotFound());
        mvc.perform(get("/public/inspection/plans")).andExpect(content().string(not(containsString(draft.code()))));
    }

    @Test
    void staffPagesAreScopedAndRefuseTheWrongRoles() throws Exception {
        Inspecting inspecting = data.agency("页面局", 2);
        Inspecting stranger = data.agency("旁观局", 2);
        InspectionPlan plan = plans.create(agencyAdmin(inspecting.agency()), InspectionTestData.form(inspecting, null));

        mvc.perform(get("/inspection/plans").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user(agencyAdmin(inspecting.agency()))))
                .andExpect(status().isOk()).andExpect(content().string(containsString(plan.code())));
        mvc.perform(get("/inspection/plans/" + plan.id()).with(asUser(agencyAdmin(stranger.agency()))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/inspection/plans").with(asUser(user(Role.ENTERPRISE, null))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/inspection/plans/" + plan.id() + "/approve").param("version", "0")
                        .with(asUser(user(Role.OFFICER, inspecting.agency().id()))).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/inspection/plans/" + plan.id() + "/approve").param("version", "0")
                        .with(asUser(supervisor())).with(csrf()))
                .andExpect(redirectedUrl("/inspection/plans/" + plan.id()));
        mvc.perform(get("/inspection/plans/" + plan.id()).with(asUser(supervisor())))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("已审批"),
                        containsString(inspecting.agency().name()), containsString("A 级 5%，B 级 10%"))));
    }

    @Test
    void theFormShowsWhatIsWrongBesideTheField() throws Exception {
        Inspecting inspecting = data.agency("表单局", 2);
        mvc.perform(post("/inspection/plans").with(asUser(agencyAdmin(inspecting.agency()))).with(csrf())
                        .param("name", "").param("kind", "ANNUAL").param("leadAgencyId", String.valueOf(inspecting.agency().id()))
                        .param("periodFrom", "2026-01-01").param("periodTo", "2025-12-31").param("percentA", "150")
                        .param("percentB", "5").param("percentC", "10").param("percentD", "30")
                        .param("percentUnrated", "5").param("inspectorsPerParty", "1").param("seedMode", "COMMITTED")
                        .param("drawOn", "2026-01-01").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("请填写计划名称"), containsString("请至少选择一项检查事项"),
                        containsString("抽查比例应在 0 到 100 之间"), containsString("每户至少两名检查人员"))));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor asUser(
            org.fazhi.identity.SignedInUser user) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(user);
    }
}
