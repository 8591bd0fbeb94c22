package org.fazhi.supervision.monitoring.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.registry.RegistryTestData.COUNTY;
import static org.fazhi.supervision.monitoring.rule.VisitRulesIntegrationTests.causeFor;
import static org.fazhi.supervision.monitoring.rule.VisitRulesIntegrationTests.ids;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.TestClock;
import org.fazhi.casework.CaseFiled;
import org.fazhi.casework.CaseworkTestData;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.entities.party.Party;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.InspectionConcluded;
import org.fazhi.inspection.InspectionResult;
import org.fazhi.inspection.InspectionTestData;
import org.fazhi.inspection.InspectionTestData.Inspecting;
import org.fazhi.inspection.task.ApprovalStep;
import org.fazhi.inspection.task.InspectionTask;
import org.fazhi.inspection.task.Tasks;
import org.fazhi.inspection.task.Visits;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.shared.DataChanged;
import org.fazhi.supervision.monitoring.AlertCause;
import org.fazhi.supervision.monitoring.BatchAnswers;
import org.fazhi.supervision.monitoring.Reassessment;
import org.fazhi.supervision.monitoring.Subject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Rules 9 and 12: how often parties are inspected, and agencies that neither inspect nor take up cases. */
@FazhiIntegrationTest
@RecordApplicationEvents
class InspectionLoadRulesIntegrationTests {

    @Autowired InspectionTestData data;
    @Autowired CaseworkTestData cases;
    @Autowired Tasks tasks;
    @Autowired Visits visits;
    @Autowired TestClock clock;
    @Autowired ApplicationEvents events;
    @Autowired PartyOverInspected overInspected;
    @Autowired AgencyInactive inactive;

    @Test
    void aPartyInspectedBeyondTheAgencysCapWithRepeatedEscalationsIsACause() {
        LocalDate today = LocalDate.now(clock);
        Inspecting inspecting = data.agency("超频次规则局", 2);
        Party busy = data.enterprise(false);
        Party quiet = data.enterprise(false);
        List<InspectionTask> visitsToBusy = List.of(carriedOut(inspecting, busy), carriedOut(inspecting, busy),
                carriedOut(inspecting, busy), carriedOut(inspecting, busy));
        carriedOut(inspecting, quiet);

        List<AlertCause> causes = overInspected.scan(COUNTY, today);

        AlertCause cause = causeFor(causes, busy.id());
        assertThat(cause.subject().type()).isEqualTo("entities.party");
        assertThat(cause.agencyId()).isEqualTo(inspecting.agency().id());
        assertThat(cause.summary()).startsWith(busy.name()).contains(inspecting.agency().name()
                + today.getYear() + "年已检查该企业 4 次，超过本部门年度上限 2 次")
                .contains("有 2 次超频次检查获批", visitsToBusy.get(2).code(), visitsToBusy.get(3).code())
                .doesNotContain("各部门已检查");
        assertThat(ids(causes)).doesNotContain(quiet.id());

        DataChanged approval = events.stream(DataChanged.class).filter(event -> event.recordType()
                .equals("inspection.task") && event.recordId().equals(String.valueOf(visitsToBusy.get(3).id())))
                .findFirst().orElseThrow();
        Reassessment concerned = overInspected.reassess(approval, today).orElseThrow();
        assertThat(concerned.examined()).extracting(Subject::id).containsExactly(busy.id());
        assertThat(concerned.holding()).containsExactly(cause);
        InspectionConcluded ofQuiet = new InspectionConcluded(0, "JC0", COUNTY, quiet.id(),
                inspecting.agency().id(), List.of(inspecting.item().id()), InspectionResult.NO_PROBLEM, today);
        assertThat(overInspected.reassess(ofQuiet, today).orElseThrow().holding()).isEmpty();
        Reassessment batch = BatchAnswers.asOneByOne(overInspected, List.of(approval, ofQuiet, approval,
                DataChanged.created("registry.officer", 1, COUNTY, List.of())), today);
        assertThat(batch.holding()).containsExactly(cause);
        assertThat(batch.examined()).extracting(Subject::id).containsExactlyInAnyOrder(busy.id(), quiet.id());
        assertThat(overInspected.reassess(DataChanged.created("registry.officer", 1, COUNTY, List.of()), today))
                .isEmpty();
    }

    /**
     * The rule looks at the last complete quarter, so it is asked three months on: this quarter is then the one
     * looked at, and what the agencies did today counts.
     */
    @Test
    void anAgencyWithItemsButNoInspectionOrCaseInTheQuarterIsACause() {
        LocalDate today = LocalDate.now(clock);
        LocalDate nextQuarter = today.plusMonths(3);
        Inspecting idle = data.agency("不作为规则局", 2);
        Inspecting inspects = data.agency("有检查规则局", 2);
        InspectionTask visit = data.approvedTask(inspects, data.enterprise(false));
        visits.scan(visits.codeOf(visit).orElseThrow(), null, null);
        Handling files = cases.agency("有立案规则局");
        cases.filed(files);

        List<AlertCause> causes = inactive.scan(COUNTY, nextQuarter);

        AlertCause cause = causeFor(causes, idle.agency().id());
        AgencyInactive.Quarter quarter = AgencyInactive.Quarter.lastCompleteBefore(nextQuarter);
        assertThat(quarter.from()).isBeforeOrEqualTo(today);
        assertThat(quarter.to()).isAfterOrEqualTo(today);
        assertThat(cause.subject().type()).isEqualTo("registry.agency");
        assertThat(cause.since()).isEqualTo(quarter.to().plusDays(1));
        assertThat(cause.summary()).startsWith(idle.agency().name()).contains("有 1 项执法事项在有效期内",
                "第" + quarter.number() + "季度", "无行政检查，也无立案或当场处罚");
        assertThat(ids(causes)).doesNotContain(inspects.agency().id(), files.agencyId());

        CaseFiled filed = events.stream(CaseFiled.class).filter(event -> event.agencyId() == files.agencyId())
                .findFirst().orElseThrow();
        Reassessment cleared = inactive.reassess(filed, nextQuarter).orElseThrow();
        assertThat(cleared.examined()).extracting(Subject::id).containsExactly(files.agencyId());
        assertThat(cleared.holding()).isEmpty();
        CaseFiled aboutIdle = new CaseFiled(0, "AJ0", COUNTY, idle.agency().id(), 0, List.of(), today);
        assertThat(inactive.reassess(aboutIdle, nextQuarter).orElseThrow().holding()).containsExactly(cause);
        CaseFiled idleNextQuarter = new CaseFiled(0, "AJ1", COUNTY, idle.agency().id(), 0, List.of(), nextQuarter);
        assertThat(inactive.reassess(idleNextQuarter, nextQuarter)).isEmpty(); // not the quarter looked at
        assertThat(inactive.reassess(new Object(), nextQuarter)).isEmpty();
        Reassessment batch = BatchAnswers.asOneByOne(inactive, List.of(filed, aboutIdle, new Object(),
                filed), nextQuarter);
        assertThat(batch.holding()).containsExactly(cause);
        assertThat(batch.examined()).extracting(Subject::id)
                .containsExactlyInAnyOrder(files.agencyId(), idle.agency().id());
    }

    /** A 专项检查 of the party from today, through all its approvals (the justice bureau's over a cap), checked in. */
    private InspectionTask carriedOut(Inspecting inspecting, Party party) {
        InspectionTask task = tasks.create(RegistryTestData.user(Role.OFFICER, inspecting.agency().id()),
                InspectionTestData.routineForm(inspecting, party, LocalDate.now(clock)));
        while (task.pendingApproval().isPresent()) {
            SignedInUser decider = task.pendingApproval().get().step() == ApprovalStep.JUSTICE_BUREAU
                    ? RegistryTestData.supervisor() : RegistryTestData.agencyAdmin(inspecting.agency());
            task = tasks.decide(decider, task.id(), task.version(), true, null);
        }
        visits.scan(visits.codeOf(task).orElseThrow(), null, null);
        return task;
    }
}
