package org.fazhi.supervision.monitoring.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.registry.RegistryTestData.COUNTY;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.TestClock;
import org.fazhi.entities.party.Party;
import org.fazhi.identity.Role;
import org.fazhi.inspection.InspectionConcluded;
import org.fazhi.inspection.InspectionResult;
import org.fazhi.inspection.InspectionTestData;
import org.fazhi.inspection.InspectionTestData.Inspecting;
import org.fazhi.inspection.VisitRated;
import org.fazhi.inspection.enterprise.EnterpriseInspections;
import org.fazhi.inspection.enterprise.EvaluationForm;
import org.fazhi.inspection.task.InspectionTask;
import org.fazhi.inspection.task.Tasks;
import org.fazhi.inspection.task.Visits;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.supervision.monitoring.AlertCause;
import org.fazhi.supervision.monitoring.BatchAnswers;
import org.fazhi.supervision.monitoring.Reassessment;
import org.fazhi.supervision.monitoring.Subject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Rules 10 and 11 on visits made through the inspection module's services: checked in or not, rated high or low. */
@FazhiIntegrationTest
@RecordApplicationEvents
class VisitRulesIntegrationTests {

    @Autowired InspectionTestData data;
    @Autowired Tasks tasks;
    @Autowired Visits visits;
    @Autowired EnterpriseInspections enterprise;
    @Autowired TestClock clock;
    @Autowired ApplicationEvents events;
    @Autowired VisitWithoutCheckIn withoutCheckIn;
    @Autowired VisitRatedLow ratedLow;

    @Test
    void aVisitConcludedWithoutCheckInIsACauseAndOneCheckedInIsNot() {
        LocalDate today = LocalDate.now(clock);
        Inspecting inspecting = data.agency("未签到规则局", 2);
        Party unscanned = data.enterprise(false);
        Party scanned = data.enterprise(false);
        InspectionTask without = concluded(inspecting, data.approvedTask(inspecting, unscanned));
        InspectionTask with = data.approvedTask(inspecting, scanned);
        visits.scan(visits.codeOf(with).orElseThrow(), RegistryTestData.enterprise(scanned.id()), "127.0.0.1");
        with = concluded(inspecting, with);

        List<AlertCause> causes = withoutCheckIn.scan(COUNTY, today);

        AlertCause cause = causeFor(causes, without.id());
        assertThat(cause.agencyId()).isEqualTo(inspecting.agency().id());
        assertThat(cause.since()).isEqualTo(today);
        assertThat(cause.summary()).contains(without.code(), unscanned.name(), inspecting.agency().name(),
                "全程无扫码签到记录");
        assertThat(ids(causes)).doesNotContain(with.id());
        assertThat(withoutCheckIn.scan(COUNTY, today)).isEqualTo(causes);

        Reassessment concerned = withoutCheckIn.reassess(concludedEvent(without.id()), today).orElseThrow();
        assertThat(concerned.examined()).extracting(Subject::id).containsExactly(without.id());
        assertThat(concerned.holding()).containsExactly(cause);
        Reassessment cleared = withoutCheckIn.reassess(concludedEvent(with.id()), today).orElseThrow();
        assertThat(cleared.examined()).extracting(Subject::id).containsExactly(with.id());
        assertThat(cleared.holding()).isEmpty();
        assertThat(withoutCheckIn.reassess(new Object(), today)).isEmpty();
        Reassessment batch = BatchAnswers.asOneByOne(withoutCheckIn, List.of(concludedEvent(with.id()),
                new Object(), concludedEvent(without.id()), concludedEvent(with.id())), today);
        assertThat(batch.holding()).containsExactly(cause);
        assertThat(batch.examined()).extracting(Subject::id).containsExactlyInAnyOrder(with.id(), without.id());
    }

    @Test
    void aVisitRatedOneOrTwoIsACauseAndOneRatedThreeOrMoreIsNot() {
        LocalDate today = LocalDate.now(clock);
        Inspecting inspecting = data.agency("评价规则局", 2);
        Party unhappy = data.enterprise(false);
        Party content = data.enterprise(false);
        InspectionTask low = concluded(inspecting, data.approvedTask(inspecting, unhappy));
        InspectionTask fair = concluded(inspecting, data.approvedTask(inspecting, content));
        enterprise.rate(RegistryTestData.enterprise(unhappy.id()), low.id(), new EvaluationForm(4, 2, 5, "反复要求补材料"));
        enterprise.rate(RegistryTestData.enterprise(content.id()), fair.id(), new EvaluationForm(3, 3, 3, null));

        List<AlertCause> causes = ratedLow.scan(COUNTY, today);

        AlertCause cause = causeFor(causes, low.id());
        assertThat(cause.summary()).contains(unhappy.name(), low.code(), "专业水平 2 分", "最低 2 分");
        assertThat(cause.agencyId()).isEqualTo(inspecting.agency().id());
        assertThat(ids(causes)).doesNotContain(fair.id());

        VisitRated lowRating = ratedEvent(low.id());
        assertThat(lowRating.lowestScore()).isEqualTo(2);
        Reassessment concerned = ratedLow.reassess(lowRating, today).orElseThrow();
        assertThat(concerned.holding()).containsExactly(cause);
        Reassessment fine = ratedLow.reassess(ratedEvent(fair.id()), today).orElseThrow();
        assertThat(fine.examined()).extracting(Subject::id).containsExactly(fair.id());
        assertThat(fine.holding()).isEmpty();
        assertThat(ratedLow.reassess(lowRating, today.plusDays(366)).orElseThrow().holding()).isEmpty();
        assertThat(ratedLow.reassess(concludedEvent(low.id()), today)).isEmpty();
    }

    private InspectionTask concluded(Inspecting inspecting, InspectionTask task) {
        InspectionTask current = tasks.get(RegistryTestData.supervisor(), task.id());
        return tasks.conclude(RegistryTestData.user(Role.OFFICER, inspecting.agency().id()), current.id(),
                current.version(), InspectionResult.NO_PROBLEM, null, "未发现问题");
    }

    private InspectionConcluded concludedEvent(long taskId) {
        return events.stream(InspectionConcluded.class).filter(event -> event.taskId() == taskId).findFirst()
                .orElseThrow();
    }

    private VisitRated ratedEvent(long taskId) {
        return events.stream(VisitRated.class).filter(event -> event.taskId() == taskId).findFirst().orElseThrow();
    }

    static AlertCause causeFor(List<AlertCause> causes, long subjectId) {
        return causes.stream().filter(cause -> cause.subject().id() == subjectId).findFirst().orElseThrow();
    }

    static List<Long> ids(List<AlertCause> causes) {
        return causes.stream().map(cause -> cause.subject().id()).toList();
    }
}
