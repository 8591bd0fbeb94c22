package org.fazhi.inspection;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.entities.party.Party;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.InspectionTestData.Inspecting;
import org.fazhi.inspection.frequency.FrequencyVerdict;
import org.fazhi.inspection.plan.InspectionPlan;
import org.fazhi.inspection.plan.PlanDraws;
import org.fazhi.inspection.task.ApprovalStep;
import org.fazhi.inspection.task.InspectionTask;
import org.fazhi.inspection.task.TaskForm;
import org.fazhi.inspection.task.TaskRepository;
import org.fazhi.inspection.task.TaskStatus;
import org.fazhi.inspection.task.Tasks;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.PageRequest;
import org.fazhi.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.registry.RegistryTestData.agencyAdmin;
import static org.fazhi.registry.RegistryTestData.supervisor;
import static org.fazhi.registry.RegistryTestData.user;

/** Inspection tasks on PostgreSQL: from draws and on request, approval chains, frequency caps, conclusion. */
@FazhiIntegrationTest
@RecordApplicationEvents
class TaskIntegrationTests {

    @Autowired InspectionTestData data;
    @Autowired Tasks tasks;
    @Autowired PlanDraws draws;
    @Autowired ApplicationEvents events;

    @Test
    void aDrawYieldsOneTaskPerSelectedPartyAwaitingTheAgencyHead() {
        Inspecting inspecting = data.agency("派单局", 3);
        InspectionPlan plan = data.readyToDraw(inspecting, InspectionTestData.form(inspecting, null));
        int selected = draws.draw(supervisor(), plan.id(), plan.version(), InspectionTestData.SESSION_VALUE).selected();

        SignedInUser head = agencyAdmin(inspecting.agency());
        var page = tasks.search(head, new TaskRepository.Search(null, null), PageRequest.of(1, 200));
        List<InspectionTask> ofPlan = page.items().stream().filter(task -> plan.id() == task.planId()).toList();

        assertThat(page.total()).isEqualTo(selected);
        assertThat(ofPlan).hasSize(Math.min(selected, 200)).allSatisfy(task -> {
            assertThat(task.inspectors()).hasSize(2);
            assertThat(task.itemIds()).containsExactly(inspecting.item().id());
            assertThat(task.approvals()).isNotEmpty().first()
                    .satisfies(step -> assertThat(step.step()).isEqualTo(ApprovalStep.AGENCY_HEAD));
        });
        InspectionTask approved = tasks.decide(head, ofPlan.get(0).id(), ofPlan.get(0).version(), true, null);
        assertThat(approved.status()).isIn(TaskStatus.APPROVED, TaskStatus.AWAITING_APPROVAL);
    }

    @Test
    void anOfficerAsksTheHeadApprovesAndTheResultIsAnnounced() {
        Inspecting inspecting = data.agency("个案局", 2);
        Party party = data.enterprise(false);
        SignedInUser officer = user(Role.OFFICER, inspecting.agency().id());
        InspectionTask task = tasks.create(officer, InspectionTestData.caseForm(inspecting, party));

        assertThat(task.status()).isEqualTo(TaskStatus.AWAITING_APPROVAL);
        assertThatThrownBy(() -> tasks.decide(user(Role.OFFICER, inspecting.agency().id()), task.id(), task.version(),
                true, null)).isInstanceOf(RuleViolation.class).hasMessage("inspection.task.approve.not-yours");
        InspectionTask approved = tasks.decide(agencyAdmin(inspecting.agency()), task.id(), task.version(), true, null);
        assertThat(approved.status()).isEqualTo(TaskStatus.APPROVED);

        InspectionTask concluded = tasks.conclude(officer, task.id(), approved.version(),
                InspectionResult.CASE_TO_FILE, null, "发现无证经营");

        assertThat(concluded.status()).isEqualTo(TaskStatus.CONCLUDED);
        assertThat(events.stream(InspectionConcluded.class))
                .anySatisfy(event -> {
                    assertThat(event.taskId()).isEqualTo(task.id());
                    assertThat(event.result()).isEqualTo(InspectionResult.CASE_TO_FILE);
                });
    }

    @Test
    void aFiveAboveEnterpriseAlsoNeedsTheJusticeBureau() {
        Inspecting inspecting = data.agency("五上局", 2);
        Party big = data.enterprise(true);
        SignedInUser head = agencyAdmin(inspecting.agency());
        InspectionTask task = tasks.create(user(Role.OFFICER, inspecting.agency().id()),
                InspectionTestData.caseForm(inspecting, big));

        assertThat(task.approvals()).extracting(step -> step.step())
                .containsExactly(ApprovalStep.AGENCY_HEAD, ApprovalStep.JUSTICE_BUREAU);
        InspectionTask afterHead = tasks.decide(head, task.id(), task.version(), true, null);
        assertThat(afterHead.status()).isEqualTo(TaskStatus.AWAITING_APPROVAL);
        assertThatThrownBy(() -> tasks.decide(agencyAdmin(inspecting.agency()), task.id(), afterHead.version(), true, null))
                .isInstanceOf(RuleViolation.class).hasMessage("inspection.task.approve.not-yours");
        assertThat(tasks.decide(supervisor(), task.id(), afterHead.version(), true, null).status())
                .isEqualTo(TaskStatus.APPROVED);
    }

    @Test
    void aThirdInspectionByOneAgencyInAYearGoesToTheBureauAndASecondWithinSixtyDaysIsWarned() {
        Inspecting inspecting = data.agency("频次局", 2);
        Party party = data.enterprise(false);
        SignedInUser officer = user(Role.OFFICER, inspecting.agency().id());
        LocalDate today = LocalDate.now();
        LocalDate from = today.getMonthValue() >= 11 ? today.minusDays(40) : today; // all three in one year

        InspectionTask first = tasks.create(officer, InspectionTestData.routineForm(inspecting, party, from));
        InspectionTask second = tasks.create(officer, InspectionTestData.routineForm(inspecting, party, from.plusDays(10)));
        InspectionTask third = tasks.create(officer, InspectionTestData.routineForm(inspecting, party, from.plusDays(20)));

        assertThat(first.frequencyOutcome()).isEqualTo(FrequencyVerdict.Outcome.ALLOWED);
        assertThat(second.frequencyOutcome()).isEqualTo(FrequencyVerdict.Outcome.WARNED);
        assertThat(second.frequencyReasons()).anySatisfy(reason -> assertThat(reason).contains("60 日内"));
        assertThat(third.frequencyOutcome()).isEqualTo(FrequencyVerdict.Outcome.ESCALATE);
        assertThat(third.approvals()).extracting(step -> step.step()).contains(ApprovalStep.JUSTICE_BUREAU);
        assertThat(third.approvals().get(third.approvals().size() - 1).reason()).contains("上限");
    }

    @Test
    void onlyListedItemsAndCertifiedInspectorsMayBeNamed() {
        Inspecting inspecting = data.agency("清单局", 2);
        Inspecting other = data.agency("他局", 2);
        Party party = data.enterprise(false);
        SignedInUser officer = user(Role.OFFICER, inspecting.agency().id());
        TaskForm form = InspectionTestData.caseForm(inspecting, party);

        TaskForm foreignItem = new TaskForm(form.kind(), form.origin(), null, form.partyCode(),
                List.of(other.item().id()), form.officerIds(), form.windowFrom(), form.windowTo(), false);
        TaskForm foreignOfficers = new TaskForm(form.kind(), form.origin(), null, form.partyCode(), form.itemIds(),
                other.officers().stream().map(o -> o.id()).toList(), form.windowFrom(), form.windowTo(), false);
        TaskForm alone = new TaskForm(form.kind(), form.origin(), null, form.partyCode(), form.itemIds(),
                form.officerIds().subList(0, 1), form.windowFrom(), form.windowTo(), false);

        assertThatThrownBy(() -> tasks.create(officer, foreignItem)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("inspection.task.items.not-listed");
        assertThatThrownBy(() -> tasks.create(officer, foreignOfficers)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("inspection.task.inspectors.uncertified");
        assertThatThrownBy(() -> tasks.create(officer, alone)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("inspection.task.inspectors.required");
        assertThatThrownBy(() -> tasks.create(supervisor(), form))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void anotherAgencyNeitherSeesNorConcludesNorRevokesTheTask() {
        Inspecting inspecting = data.agency("办结本局", 2);
        Inspecting other = data.agency("办结他局", 2);
        InspectionTask asked = tasks.create(user(Role.OFFICER, inspecting.agency().id()),
                InspectionTestData.caseForm(inspecting, data.enterprise(false)));
        InspectionTask task = tasks.decide(agencyAdmin(inspecting.agency()), asked.id(), asked.version(), true, null);
        SignedInUser stranger = user(Role.OFFICER, other.agency().id());

        assertThatThrownBy(() -> tasks.get(stranger, task.id())).isInstanceOf(org.fazhi.platform.NotFound.class);
        assertThatThrownBy(() -> tasks.conclude(stranger, task.id(), task.version(), InspectionResult.NO_PROBLEM,
                null, null)).isInstanceOf(org.fazhi.platform.NotFound.class);
        assertThatThrownBy(() -> tasks.revoke(supervisor(), task.id(), task.version()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> tasks.conclude(user(Role.OFFICER, inspecting.agency().id()), task.id(),
                task.version(), InspectionResult.RECTIFICATION, null, null))
                .isInstanceOf(RuleViolation.class).hasMessage("inspection.task.conclude.rectification-due");
    }

    @Test
    void theAuthorNeverApprovesHisOwnTask() {
        Inspecting inspecting = data.agency("自批局", 2);
        SignedInUser head = agencyAdmin(inspecting.agency());
        InspectionTask task = tasks.create(head, InspectionTestData.caseForm(inspecting, data.enterprise(false)));

        assertThatThrownBy(() -> tasks.decide(head, task.id(), task.version(), true, null))
                .isInstanceOf(RuleViolation.class).hasMessage("inspection.task.approve.same-person");
        assertThatThrownBy(() -> tasks.decide(agencyAdmin(inspecting.agency()), task.id(), task.version(), false, ""))
                .isInstanceOf(InvalidInput.class);
        assertThat(tasks.decide(agencyAdmin(inspecting.agency()), task.id(), task.version(), false, "检查事项不明确")
                .status()).isEqualTo(TaskStatus.REFUSED);
    }
}
