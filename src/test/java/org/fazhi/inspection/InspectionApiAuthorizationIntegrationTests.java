package org.fazhi.inspection;

import java.time.LocalDate;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.entities.party.Party;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.InspectionTestData.Inspecting;
import org.fazhi.inspection.enterprise.EnterpriseInspections;
import org.fazhi.inspection.enterprise.VisitComplaints;
import org.fazhi.inspection.plan.InspectionPlan;
import org.fazhi.inspection.task.InspectionTask;
import org.fazhi.inspection.task.JointVisits;
import org.fazhi.inspection.task.Tasks;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.shared.RegionCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.fazhi.registry.RegistryTestData.agencyAdmin;
import static org.fazhi.registry.RegistryTestData.leader;
import static org.fazhi.registry.RegistryTestData.supervisor;
import static org.fazhi.registry.RegistryTestData.user;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The inspection API's refusals, family by family: another agency's record answers 404, a read-only role 403, an
 * enterprise reaches only its own party's visits, and a caller without credentials 401.
 */
@FazhiIntegrationTest
class InspectionApiAuthorizationIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired InspectionTestData data;
    @Autowired Tasks tasks;
    @Autowired JointVisits jointVisits;
    @Autowired EnterpriseInspections enterprises;
    @Autowired VisitComplaints complaints;

    private Inspecting agencyA;
    private SignedInUser legalOfficeOfB;
    private SignedInUser officerOfB;
    private Party party;
    private InspectionTask taskOfA;

    @BeforeEach
    void twoAgenciesAndATaskOfA() {
        agencyA = data.agency("授权甲局", 2);
        Inspecting agencyB = data.agency("授权乙局", 2);
        legalOfficeOfB = agencyAdmin(agencyB.agency());
        officerOfB = user(Role.OFFICER, agencyB.agency().id());
        party = data.enterprise(false);
        InspectionTask asked = tasks.create(user(Role.OFFICER, agencyA.agency().id()),
                InspectionTestData.caseForm(agencyA, party));
        taskOfA = tasks.decide(agencyAdmin(agencyA.agency()), asked.id(), asked.version(), true, null);
    }

    @Test
    void plans() throws Exception {
        InspectionPlan plan = data.approved(agencyA, InspectionTestData.form(agencyA, null));
        String path = "/api/v1/inspection/plans/" + plan.id();
        String step = InspectionJson.version(plan.version());

        expect(get(path), legalOfficeOfB, null).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("您要找的页面或记录不存在，或不在您的数据范围内。"));
        expect(put(path), legalOfficeOfB, InspectionJson.plan(agencyA)).andExpect(status().isNotFound());
        expect(post(path + "/publication"), legalOfficeOfB, step).andExpect(status().isNotFound());
        expect(get(path + "/draw/document"), legalOfficeOfB, null).andExpect(status().isNotFound());
        expect(get("/api/v1/inspection/plans"), legalOfficeOfB, null)
                .andExpect(jsonPath("$.items[*].id", not(hasItem((int) plan.id()))));

        expect(get(path), leader(), null).andExpect(status().isOk());
        for (SignedInUser readOnly : new SignedInUser[] {leader(), user(Role.RECONSIDERATION, null),
                user(Role.OFFICER, agencyA.agency().id())}) {
            expect(post(path + "/publication"), readOnly, step).andExpect(status().isForbidden());
            expect(post("/api/v1/inspection/plans"), readOnly, InspectionJson.plan(agencyA))
                    .andExpect(status().isForbidden());
        }
        expect(get(path), RegistryTestData.enterprise(party.id()), null).andExpect(status().isForbidden());
        mvc.perform(get(path)).andExpect(status().isUnauthorized());
        mvc.perform(post(path + "/cancellation").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(step))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void tasks() throws Exception {
        String path = "/api/v1/inspection/tasks/" + taskOfA.id();
        String step = InspectionJson.version(taskOfA.version());

        for (String read : new String[] {path, path + "/visit-code", path + "/scans"}) {
            expect(get(read), officerOfB, null).andExpect(status().isNotFound());
        }
        expect(post(path + "/revocation"), officerOfB, step).andExpect(status().isNotFound());
        expect(post(path + "/conclusion"), legalOfficeOfB,
                "{\"version\": " + taskOfA.version() + ", \"result\": \"NO_PROBLEM\"}").andExpect(status().isNotFound());
        expect(get("/api/v1/inspection/tasks").param("agency", String.valueOf(agencyA.agency().id())), officerOfB, null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));

        expect(get(path), leader(), null).andExpect(status().isOk());
        expect(post(path + "/revocation"), leader(), step).andExpect(status().isForbidden());
        expect(post(path + "/conclusion"), user(Role.RECONSIDERATION, null),
                "{\"version\": 1, \"result\": \"NO_PROBLEM\"}").andExpect(status().isForbidden());
        expect(post("/api/v1/inspection/tasks"), leader(), InspectionJson.caseTask(agencyA, party))
                .andExpect(status().isForbidden());
        expect(post("/api/v1/inspection/tasks"), supervisor(), InspectionJson.caseTask(agencyA, party))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("您没有权限执行此操作，或该记录不在您的数据范围内。"));
        expect(post(path + "/revocation"), supervisor(), step).andExpect(status().isForbidden());
        expect(get(path + "/evaluation"), agencyAdmin(agencyA.agency()), null).andExpect(status().isForbidden());
        expect(get(path + "/evaluation"), supervisor(), null).andExpect(status().isNotFound());

        expect(get(path), RegistryTestData.enterprise(party.id()), null).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/inspection/tasks")).andExpect(status().isUnauthorized());
    }

    @Test
    void enterprisesReachOnlyTheirOwnParty() throws Exception {
        SignedInUser own = RegistryTestData.enterprise(party.id());
        SignedInUser stranger = RegistryTestData.enterprise(data.enterprise(false).id());
        String rating = "{\"conduct\": 1, \"professionalism\": 1, \"burden\": 1}";
        String visits = "/api/v1/enterprise/inspections";

        expect(get(visits), own, null).andExpect(jsonPath("$[*].id", hasItem((int) taskOfA.id())));
        expect(get(visits), stranger, null).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", not(hasItem((int) taskOfA.id()))));
        expect(post(visits + "/" + taskOfA.id() + "/evaluation"), stranger, rating).andExpect(status().isNotFound());
        expect(post(visits + "/" + taskOfA.id() + "/complaints"), stranger, "{\"text\": \"检查人员态度恶劣\"}")
                .andExpect(status().isNotFound());
        expect(post(visits + "/" + taskOfA.id() + "/evaluation"), own, rating)
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail").value("检查进行后才能评价"));

        expect(get(visits), user(Role.OFFICER, agencyA.agency().id()), null).andExpect(status().isForbidden());
        expect(get(visits), leader(), null).andExpect(status().isForbidden());
        expect(post("/api/v1/enterprise/visit-scans"), supervisor(), "{\"code\": \"x\"}").andExpect(status().isForbidden());
        mvc.perform(get(visits)).andExpect(status().isUnauthorized());
    }

    @Test
    void complaintsAreAnsweredOnlyByTheBureauOfTheCounty() throws Exception {
        enterprises.complain(RegistryTestData.enterprise(party.id()), taskOfA.id(), "检查人员未出示执法证件");
        long complaint = complaints.list(agencyAdmin(agencyA.agency())).get(0).id();
        String answer = "{\"answer\": \"已核实\"}";
        SignedInUser otherCounty = new SignedInUser(990_001, "test-other-county", "外县监督", Role.SUPERVISOR,
                RegionCode.of("410426"), null, null, true, false, false, null);

        expect(get("/api/v1/inspection/complaints"), legalOfficeOfB, null)
                .andExpect(jsonPath("$[*].id", not(hasItem((int) complaint))));
        expect(post("/api/v1/inspection/complaints/" + complaint + "/answer"), otherCounty, answer)
                .andExpect(status().isNotFound());
        expect(post("/api/v1/inspection/complaints/" + complaint + "/answer"), agencyAdmin(agencyA.agency()), answer)
                .andExpect(status().isForbidden());
        expect(post("/api/v1/inspection/complaints/" + complaint + "/answer"), leader(), answer)
                .andExpect(status().isForbidden());
        expect(get("/api/v1/inspection/complaints"), RegistryTestData.enterprise(party.id()), null)
                .andExpect(status().isForbidden());
        expect(get("/api/v1/inspection/ratings/average"), RegistryTestData.enterprise(party.id()), null)
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/inspection/complaints")).andExpect(status().isUnauthorized());
    }

    @Test
    void otherVisitsMergeProposalsCalendarsAndStatistics() throws Exception {
        String visit = """
                {"partyCode": "%s", "kind": "SURVEY", "visitedOn": "%s", "purpose": "调研企业用工情况"}"""
                .formatted(party.creditCode(), LocalDate.now());
        expect(post("/api/v1/inspection/other-visits"), leader(), visit).andExpect(status().isForbidden());
        expect(post("/api/v1/inspection/other-visits"), supervisor(), visit).andExpect(status().isForbidden());
        expect(post("/api/v1/inspection/other-visits"), user(Role.OFFICER, agencyA.agency().id()), visit)
                .andExpect(status().isCreated());
        expect(get("/api/v1/inspection/other-visits"), officerOfB, null)
                .andExpect(jsonPath("$[*].partyId", not(hasItem((int) party.id()))));

        Inspecting agencyC = data.agency("授权丙局", 2);
        tasks.create(user(Role.OFFICER, agencyC.agency().id()),
                InspectionTestData.routineForm(agencyC, party, taskOfA.windowFrom().plusDays(2)));
        long proposal = jointVisits.open(agencyAdmin(agencyA.agency())).stream()
                .filter(open -> open.partyId() == party.id()).findFirst().orElseThrow().id();
        String accept = "/api/v1/inspection/merge-proposals/" + proposal + "/acceptance";
        expect(post(accept), legalOfficeOfB, "").andExpect(status().isNotFound());
        expect(post(accept), user(Role.OFFICER, agencyA.agency().id()), "").andExpect(status().isForbidden());
        expect(post(accept), leader(), "").andExpect(status().isForbidden());
        expect(post(accept), agencyAdmin(agencyA.agency()), "").andExpect(status().isOk())
                .andExpect(jsonPath("$.mergedTaskId").doesNotExist());

        SignedInUser enterprise = RegistryTestData.enterprise(party.id());
        expect(get("/api/v1/inspection/parties/" + party.id() + "/calendar"), enterprise, null)
                .andExpect(status().isForbidden());
        expect(get("/api/v1/inspection/statistics"), enterprise, null).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/inspection/statistics")).andExpect(status().isUnauthorized());
    }

    private ResultActions expect(MockHttpServletRequestBuilder request, SignedInUser caller, String body)
            throws Exception {
        request.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(caller)).with(csrf());
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }
}
