package org.fazhi.inspection;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.entities.party.Party;
import org.fazhi.identity.DataScope;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.InspectionTestData.Inspecting;
import org.fazhi.inspection.enterprise.EnterpriseInspections;
import org.fazhi.inspection.enterprise.EvaluationForm;
import org.fazhi.inspection.enterprise.VisitComplaints;
import org.fazhi.inspection.task.InspectionTask;
import org.fazhi.inspection.task.Tasks;
import org.fazhi.inspection.task.Visits;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFound;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.registry.RegistryTestData.agencyAdmin;
import static org.fazhi.registry.RegistryTestData.supervisor;
import static org.fazhi.registry.RegistryTestData.user;

/** The enterprise's side: its own visits only, one rating after the visit, ratings hidden from the officers. */
@FazhiIntegrationTest
class EnterpriseInspectionsIntegrationTests {

    @Autowired InspectionTestData data;
    @Autowired Tasks tasks;
    @Autowired Visits visits;
    @Autowired EnterpriseInspections enterprise;
    @Autowired VisitComplaints complaints;

    @Test
    void anEnterpriseRatesItsVisitOnceAfterItHappened() {
        Inspecting inspecting = data.agency("评价局", 2);
        Party party = data.enterprise(false);
        SignedInUser account = RegistryTestData.enterprise(party.id());
        InspectionTask task = approvedTask(inspecting, party);
        EvaluationForm form = new EvaluationForm(5, 4, 3, "很规范");

        assertThat(enterprise.visits(account)).extracting(InspectionTask::id).contains(task.id());
        assertThatThrownBy(() -> enterprise.rate(account, task.id(), form))
                .isInstanceOf(RuleViolation.class).hasMessage("inspection.evaluation.not-yet");
        visits.scan(visits.codeOf(task).orElseThrow(), account, "127.0.0.1");
        enterprise.rate(account, task.id(), form);
        assertThatThrownBy(() -> enterprise.rate(account, task.id(), form))
                .isInstanceOf(RuleViolation.class).hasMessage("inspection.evaluation.already");

        assertThat(enterprise.evaluations(account)).containsKey(task.id());
        assertThat(enterprise.evaluationFor(agencyAdmin(inspecting.agency()), task.id())).isEmpty();
        assertThat(enterprise.evaluationFor(supervisor(), task.id())).get()
                .satisfies(evaluation -> assertThat(evaluation.comment()).isEqualTo("很规范"));
        var average = enterprise.average(DataScope.ofAgency(RegistryTestData.COUNTY, inspecting.agency().id()));
        assertThat(average.count()).isEqualTo(1);
        assertThat(average.conduct()).isEqualTo(5.0);
    }

    @Test
    void anotherEnterpriseNeitherSeesNorRatesTheVisit() {
        Inspecting inspecting = data.agency("他企局", 2);
        Party party = data.enterprise(false);
        InspectionTask task = approvedTask(inspecting, party);
        SignedInUser stranger = RegistryTestData.enterprise(data.enterprise(false).id());

        assertThat(enterprise.visits(stranger)).extracting(InspectionTask::id).doesNotContain(task.id());
        assertThatThrownBy(() -> enterprise.rate(stranger, task.id(), new EvaluationForm(1, 1, 1, null)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> enterprise.complain(stranger, task.id(), "检查人员态度恶劣"))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> enterprise.visits(user(Role.OFFICER, inspecting.agency().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> enterprise.complain(RegistryTestData.enterprise(party.id()), task.id(), "短"))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void theBureauAnswersAComplaintTheAgencyOnlyReadsIt() {
        Inspecting inspecting = data.agency("投诉局", 2);
        Party party = data.enterprise(false);
        InspectionTask task = approvedTask(inspecting, party);
        enterprise.complain(RegistryTestData.enterprise(party.id()), task.id(), "检查人员未出示执法证件");

        var ofAgency = complaints.list(agencyAdmin(inspecting.agency()));
        assertThat(ofAgency).singleElement().satisfies(c -> assertThat(c.text()).contains("未出示执法证件"));
        long id = ofAgency.get(0).id();
        assertThatThrownBy(() -> complaints.answer(agencyAdmin(inspecting.agency()), id, "已核实"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> complaints.answer(supervisor(), id, " ")).isInstanceOf(InvalidInput.class);
        complaints.answer(supervisor(), id, "已约谈该部门，责令整改");
        assertThat(complaints.list(supervisor())).anySatisfy(c -> assertThat(c.answer()).isEqualTo("已约谈该部门，责令整改"));
    }

    private InspectionTask approvedTask(Inspecting inspecting, Party party) {
        InspectionTask task = tasks.create(user(Role.OFFICER, inspecting.agency().id()),
                InspectionTestData.caseForm(inspecting, party));
        return tasks.decide(agencyAdmin(inspecting.agency()), task.id(), task.version(), true, null);
    }
}
