package org.fazhi.inspection;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.TestClock;
import org.fazhi.entities.party.Party;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.InspectionTestData.Inspecting;
import org.fazhi.registry.RegistryTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.inspection.InspectionJson.id;
import static org.fazhi.inspection.InspectionJson.read;
import static org.fazhi.inspection.InspectionJson.version;
import static org.fazhi.registry.RegistryTestData.agencyAdmin;
import static org.fazhi.registry.RegistryTestData.supervisor;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The inspection API driven end to end, as the province's systems and a county's scripts would drive it. */
@FazhiIntegrationTest
class InspectionApiIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired InspectionTestData data;
    @Autowired RegistryTestData registry;
    @Autowired TestClock clock;

    /** A request made through the API, or several, as if it were {@code ago} earlier. */
    interface Calls {
        MvcResult make() throws Exception;
    }

    private MvcResult earlier(Duration ago, Calls calls) {
        return clock.earlierBy(ago, () -> {
            try {
                return calls.make();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void aPlanGoesFromDraftToDrawToAConcludedTaskThroughTheApiAlone() throws Exception {
        Inspecting inspecting = data.agency("接口抽查局", 3);
        SignedInUser legalOffice = agencyAdmin(inspecting.agency());
        SignedInUser officer = RegistryTestData.user(Role.OFFICER, inspecting.agency().id());

        // Drafted, approved and published two hours ago, naming a public drawing session an hour ago.
        LocalDateTime session = LocalDateTime.now(clock).minusHours(1);
        MvcResult published = earlier(Duration.ofHours(2), () -> {
            MvcResult drafted = call(post("/api/v1/inspection/plans"), legalOffice,
                    InspectionJson.plan(inspecting, session))
                    .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"))
                    .andExpect(jsonPath("$.percentD").value(20))
                    .andExpect(jsonPath("$.randomnessName").value("公开抽签会")).andReturn();
            long id = id(drafted);
            call(post("/api/v1/inspection/plans/" + id + "/approval"), legalOffice,
                    InspectionJson.version(version(drafted)))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.detail").value("计划不能由拟定人本人审批"));
            MvcResult approved = call(post("/api/v1/inspection/plans/" + id + "/approval"), supervisor(),
                    InspectionJson.version(version(drafted)))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED")).andReturn();
            return call(post("/api/v1/inspection/plans/" + id + "/publication"), legalOffice,
                    InspectionJson.version(version(approved)))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"))
                    .andExpect(jsonPath("$.seedCommitment").isString()).andReturn();
        });
        long plan = id(published);
        call(post("/api/v1/inspection/plans/" + plan + "/draw"), legalOffice,
                "{\"version\": " + version(published) + ", \"publicValue\": \"40417362\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("witnesses"));
        call(post("/api/v1/inspection/plans/" + plan + "/draw"), legalOffice,
                "{\"version\": " + version(published)
                        + ", \"publicValue\": \"40417362\", \"witnesses\": [\"王见证\", \"李见证\"]}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.selected").value(greaterThan(0)));

        mvc.perform(get("/api/v1/inspection/plans/" + plan).with(user(officer)))
                .andExpect(jsonPath("$.status").value("DRAWN"));
        mvc.perform(get("/api/v1/inspection/plans/" + plan + "/draw/results").param("size", "5").with(user(officer)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].inspectors.length()").value(2));
        String document = mvc.perform(get("/api/v1/inspection/plans/" + plan + "/draw/document").with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/v1/public/inspection/draw-verifications").contentType(MediaType.APPLICATION_JSON)
                        .content(document))
                .andExpect(status().isOk()).andExpect(jsonPath("$.matches").value(true));

        MvcResult tasks = mvc.perform(get("/api/v1/inspection/tasks").with(user(legalOffice))
                        .param("agency", String.valueOf(inspecting.agency().id())).param("status", "AWAITING_APPROVAL")
                        .param("kind", "ROUTINE").param("from", LocalDate.now().toString()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(greaterThan(0)))
                .andExpect(jsonPath("$.items[0].origin").value("DRAW"))
                .andExpect(jsonPath("$.items[0].approvals[0].step").value("AGENCY_HEAD")).andReturn();
        long task = InspectionJson.number(tasks, "$.items[0].id");
        int taskVersion = (int) InspectionJson.number(tasks, "$.items[0].version");
        long party = InspectionJson.number(tasks, "$.items[0].partyId");

        MvcResult decided = approveEveryStep(task, taskVersion, legalOffice);
        assertThat((String) read(decided, "$.status")).isEqualTo("APPROVED");
        String code = read(mvc.perform(get("/api/v1/inspection/tasks/" + task + "/visit-code").with(user(officer)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.path").value(startsWith("/visit/"))).andReturn(),
                "$.code");
        SignedInUser enterprise = RegistryTestData.enterprise(party);
        call(post("/api/v1/enterprise/visit-scans"), enterprise, "{\"code\": \"" + code + "\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("GENUINE"))
                .andExpect(jsonPath("$.message").value("检查码真实有效：本次检查已经批准，并在检查期限内。"))
                .andExpect(jsonPath("$.inspectors.length()").value(2));
        MvcResult checkedIn = mvc.perform(get("/api/v1/inspection/tasks/" + task).with(user(officer)))
                .andExpect(jsonPath("$.status").value("CHECKED_IN")).andReturn();

        String conclusion = """
                {"version": %d, "result": "RECTIFICATION", "rectificationDue": "%s", "note": "消防通道堵塞"}"""
                .formatted(version(checkedIn), LocalDate.now().plusDays(15));
        call(post("/api/v1/inspection/tasks/" + task + "/conclusion"), officer, conclusion)
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CONCLUDED"))
                .andExpect(jsonPath("$.result").value("RECTIFICATION"));
        call(post("/api/v1/enterprise/inspections/" + task + "/evaluation"), enterprise,
                "{\"conduct\": 5, \"professionalism\": 4, \"burden\": 4, \"comment\": \"规范\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.conduct").value(5));
        mvc.perform(get("/api/v1/inspection/tasks/" + task + "/evaluation").with(user(supervisor())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.professionalism").value(4));
        mvc.perform(get("/api/v1/inspection/tasks/" + task + "/scans").with(user(supervisor())))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].outcome").value("GENUINE"));
    }

    @Test
    void anAgencyAsksForACaseInspectionAndTheEnterpriseComplainsAndIsAnswered() throws Exception {
        Inspecting inspecting = data.agency("接口个案局", 2);
        Party party = data.enterprise(false);
        SignedInUser officer = RegistryTestData.user(Role.OFFICER, inspecting.agency().id());

        MvcResult asked = call(post("/api/v1/inspection/tasks"), officer, InspectionJson.caseTask(inspecting, party))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.kind").value("CASE"))
                .andExpect(jsonPath("$.partyName").value(party.name()))
                .andExpect(jsonPath("$.status").value("AWAITING_APPROVAL")).andReturn();
        long task = id(asked);
        call(post("/api/v1/inspection/tasks/" + task + "/decisions"), agencyAdmin(inspecting.agency()),
                "{\"version\": " + version(asked) + ", \"approve\": false}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("note"))
                .andExpect(jsonPath("$.errors[0].message").value("不同意时请填写审批意见"));
        MvcResult approved = approveEveryStep(task, version(asked), agencyAdmin(inspecting.agency()));
        mvc.perform(get("/api/v1/inspection/parties/" + party.id() + "/calendar").with(user(officer)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].taskId").value(task));

        SignedInUser enterprise = RegistryTestData.enterprise(party.id());
        mvc.perform(get("/api/v1/enterprise/inspections").with(user(enterprise)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value(task))
                .andExpect(jsonPath("$[0].inspectors[0].certificateNumber").isString());
        MvcResult complained = call(post("/api/v1/enterprise/inspections/" + task + "/complaints"), enterprise,
                "{\"text\": \"检查人员未出示执法证件\"}").andExpect(status().isCreated()).andReturn();
        long complaint = id(complained);
        call(post("/api/v1/inspection/complaints/" + complaint + "/answer"), supervisor(), "{\"answer\": \"已核实并约谈\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.answer").value("已核实并约谈"));
        mvc.perform(get("/api/v1/enterprise/complaints").with(user(enterprise)))
                .andExpect(jsonPath("$[0].answer").value("已核实并约谈"));
        assertThat(registry.auditTrail("inspection.complaint", complaint))
                .containsExactly("DATA_CREATED:text", "DATA_UPDATED:answer");

        call(post("/api/v1/inspection/tasks/" + task + "/revocation"), officer, InspectionJson.version(version(approved)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REVOKED"));
        call(post("/api/v1/inspection/tasks/" + task + "/revocation"), officer, InspectionJson.version(version(approved)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("已办结、已撤销或未获批准的任务不能撤销"));
    }

    @Test
    void aStaleVersionIsRefusedWith409() throws Exception {
        Inspecting inspecting = data.agency("接口并发局", 2);
        MvcResult drafted = call(post("/api/v1/inspection/plans"), agencyAdmin(inspecting.agency()),
                InspectionJson.plan(inspecting)).andExpect(status().isCreated()).andReturn();
        call(post("/api/v1/inspection/plans/" + id(drafted) + "/approval"), supervisor(),
                InspectionJson.version(version(drafted) + 1))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("该记录已被他人修改，请刷新后重新编辑。"));
    }

    @Test
    void otherVisitsStatisticsAndRatingsAreReadable() throws Exception {
        Inspecting inspecting = data.agency("接口走访局", 2);
        Party party = data.enterprise(false);
        SignedInUser officer = RegistryTestData.user(Role.OFFICER, inspecting.agency().id());
        String visit = """
                {"partyCode": "%s", "kind": "POLICY", "visitedOn": "%s", "purpose": "宣讲新出台的惠企政策"}"""
                .formatted(party.creditCode(), LocalDate.now());
        call(post("/api/v1/inspection/other-visits"), officer, visit).andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber());
        mvc.perform(get("/api/v1/inspection/other-visits").with(user(officer)))
                .andExpect(jsonPath("$[0].partyName").value(party.name()));
        mvc.perform(get("/api/v1/inspection/statistics").param("year", String.valueOf(LocalDate.now().getYear()))
                        .with(user(RegistryTestData.leader())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.visitsPerParty['4']").isNumber())
                .andExpect(jsonPath("$.byAgencyAndMonth").isArray());
        mvc.perform(get("/api/v1/inspection/ratings/average").with(user(supervisor())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.count").isNumber());
        mvc.perform(get("/api/v1/inspection/merge-proposals").with(user(agencyAdmin(inspecting.agency()))))
                .andExpect(status().isOk()).andExpect(jsonPath("$").isArray());
    }

    @Test
    void theOpenApiDocumentListsTheInspectionEndpoints() throws Exception {
        ResultActions docs = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
        for (String path : List.of("/api/v1/inspection/plans", "/api/v1/inspection/plans/{id}",
                "/api/v1/inspection/plans/{id}/approval", "/api/v1/inspection/plans/{id}/publication",
                "/api/v1/inspection/plans/{id}/draw", "/api/v1/inspection/plans/{id}/cancellation",
                "/api/v1/inspection/plans/{id}/draw/document", "/api/v1/inspection/tasks",
                "/api/v1/inspection/tasks/{id}", "/api/v1/inspection/tasks/{id}/decisions",
                "/api/v1/inspection/tasks/{id}/conclusion", "/api/v1/inspection/tasks/{id}/revocation",
                "/api/v1/inspection/tasks/{id}/visit-code", "/api/v1/inspection/tasks/{id}/scans",
                "/api/v1/inspection/other-visits", "/api/v1/inspection/merge-proposals/{id}/acceptance",
                "/api/v1/inspection/complaints", "/api/v1/inspection/ratings/average",
                "/api/v1/inspection/statistics", "/api/v1/inspection/parties/{id}/calendar",
                "/api/v1/enterprise/inspections", "/api/v1/enterprise/inspections/{id}/evaluation",
                "/api/v1/enterprise/inspections/{id}/complaints", "/api/v1/enterprise/visit-scans")) {
            docs.andExpect(jsonPath("$.paths['" + path + "']").exists());
        }
        docs.andExpect(content().string(org.hamcrest.Matchers.containsString("检查任务")));
    }

    /** Approves each pending step with whoever may decide it: the agency head, then the bureau if needed. */
    private MvcResult approveEveryStep(long task, int version, SignedInUser agencyHead) throws Exception {
        MvcResult decided = call(post("/api/v1/inspection/tasks/" + task + "/decisions"), agencyHead,
                "{\"version\": " + version + ", \"approve\": true}").andExpect(status().isOk()).andReturn();
        if ("AWAITING_APPROVAL".equals(read(decided, "$.status"))) {
            decided = call(post("/api/v1/inspection/tasks/" + task + "/decisions"), supervisor(),
                    "{\"version\": " + version(decided) + ", \"approve\": true}").andExpect(status().isOk()).andReturn();
        }
        return decided;
    }

    private ResultActions call(MockHttpServletRequestBuilder request, SignedInUser caller, String body)
            throws Exception {
        return mvc.perform(request.with(user(caller)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
