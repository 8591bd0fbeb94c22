package org.fazhi.supervision.monitoring.rule;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.inspection.task.InspectionTask;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.certificate.Certificate;
import org.fazhi.registry.officer.Officer;
import org.fazhi.shared.DataChanged;
import org.fazhi.supervision.monitoring.BatchAnswers;
import org.fazhi.supervision.monitoring.Reassessment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.registry.RegistryTestData.COUNTY;
import static org.fazhi.supervision.monitoring.rule.CaseEvents.CASE;
import static org.fazhi.supervision.monitoring.rule.CaseEvents.TASK;
import static org.fazhi.supervision.monitoring.rule.RuleTestData.about;

/** Rule 5 on PostgreSQL: visits and case acts by officers certified, suspended, or never certified that day. */
@FazhiIntegrationTest
class OfficerCertificateInvalidIntegrationTests {

    @Autowired RuleTestData data;
    @Autowired RegistryTestData registry;
    @Autowired OfficerCertificateInvalid rule;
    @Autowired Clock clock;

    @Test
    void aVisitConcludedAfterAnInspectorsCertificateWasSuspendedFires() {
        Handling h = data.agency("持证规则局");
        InspectionTask task = data.openTask(h);
        Officer first = data.officer(h, 0);
        data.suspend(first);
        data.concluded(task, h);

        assertThat(rule.scan(COUNTY, today())).filteredOn(cause -> about(cause, TASK, task.id())).singleElement()
                .satisfies(cause -> {
                    assertThat(cause.agencyId()).isEqualTo(h.agencyId());
                    assertThat(cause.since()).isEqualTo(today());
                    assertThat(cause.summary()).contains(task.code()).contains(first.name()).contains("已被暂扣")
                            .doesNotContain(data.officer(h, 1).name());
                });
    }

    @Test
    void aVisitByCertifiedInspectorsDoesNotFire() {
        Handling h = data.agency("持证规则局");
        InspectionTask task = data.concluded(data.openTask(h), h);

        assertThat(rule.scan(COUNTY, today())).noneMatch(cause -> about(cause, TASK, task.id()));
    }

    @Test
    void aCaseWhoseRecordNamesAnOfficerWithoutCertificateFires() {
        Handling h = data.agency("持证规则局");
        long id = data.decided(h, "3000");
        long untouched = data.decided(h, "2000");
        Officer uncertified = registry.officer(h.inspecting().agency());
        data.handlersWritten(id, List.of(data.officer(h, 0).id(), uncertified.id()));

        assertThat(rule.scan(COUNTY, today()))
                .noneMatch(cause -> about(cause, CASE, untouched))
                .filteredOn(cause -> about(cause, CASE, id)).singleElement()
                .satisfies(cause -> assertThat(cause.summary()).contains("立案").contains("作出处罚决定")
                        .contains(uncertified.name()).contains("未持有执法证"));
    }

    @Test
    void watchesTheLastYearOfAnOfficerWhoNeverHeldACertificate() {
        Handling h = data.agency("持证规则局");
        long id = data.decided(h, "3000");
        InspectionTask task = data.concluded(data.openTask(h), h);
        Officer uncertified = registry.officer(h.inspecting().agency());
        data.handlersWritten(id, List.of(data.officer(h, 0).id(), uncertified.id()));
        data.jdbc().sql("update inspection.task_inspector set officer_id = ? where task_id = ? and officer_id = ?")
                .params(uncertified.id(), task.id(), data.officer(h, 1).id()).update();
        LocalDate visited = rule.scan(COUNTY, today()).stream().filter(cause -> about(cause, TASK, task.id()))
                .findFirst().orElseThrow().since();
        LocalDate lastWatchedDay = visited.plusDays(365);

        assertThat(rule.scan(COUNTY, lastWatchedDay)).anyMatch(cause -> about(cause, TASK, task.id()))
                .anyMatch(cause -> about(cause, CASE, id));
        assertThat(rule.scan(COUNTY, lastWatchedDay.plusDays(1))).noneMatch(cause -> about(cause, TASK, task.id()));
        assertThat(rule.scan(COUNTY, today().plusDays(366))).noneMatch(cause -> about(cause, CASE, id));
    }

    @Test
    void reassessesTheTouchedRecordsOnly() {
        Handling h = data.agency("持证规则局");
        long caseId = data.decided(data.agency("持证规则局"), "3000");
        InspectionTask task = data.openTask(h);
        Certificate suspended = data.suspend(data.officer(h, 0));
        data.concluded(task, h);

        Reassessment ofCertificate = rule.reassess(DataChanged.updated("registry.certificate", suspended.id(),
                COUNTY, List.of("status")), today()).orElseThrow();
        Reassessment ofCase = rule.reassess(DataChanged.updated(CASE, caseId, COUNTY, List.of("state")), today())
                .orElseThrow();

        assertThat(ofCertificate.examined()).anyMatch(subject -> subject.type().equals(TASK)
                && subject.id() == task.id());
        assertThat(ofCertificate.holding()).anyMatch(cause -> about(cause, TASK, task.id()));
        assertThat(ofCase.examined()).singleElement().satisfies(subject -> assertThat(subject.id()).isEqualTo(caseId));
        assertThat(ofCase.holding()).isEmpty();
        assertThat(rule.reassess(DataChanged.updated("entities.party", 1L, COUNTY, List.of("name")), today()))
                .isEmpty();
    }

    @Test
    void answersABatchAsItsEventsOneByOne() {
        Handling h = data.agency("持证规则局");
        long caseId = data.decided(data.agency("持证规则局"), "3000");
        long uncertifiedCase = data.decided(h, "2000");
        data.handlersWritten(uncertifiedCase, List.of(data.officer(h, 0).id(),
                registry.officer(h.inspecting().agency()).id()));
        InspectionTask task = data.openTask(h);
        Certificate suspended = data.suspend(data.officer(h, 1));
        data.concluded(task, h);

        Reassessment batch = BatchAnswers.asOneByOne(rule, List.of(
                DataChanged.updated("registry.certificate", suspended.id(), COUNTY, List.of("status")),
                DataChanged.updated(CASE, caseId, COUNTY, List.of("state")),
                DataChanged.updated(CASE, uncertifiedCase, COUNTY, List.of("state")),
                DataChanged.updated(TASK, task.id(), COUNTY, List.of("status")),
                DataChanged.updated("entities.party", 1L, COUNTY, List.of("name"))), today());

        assertThat(batch.holding()).anyMatch(cause -> about(cause, TASK, task.id()))
                .anyMatch(cause -> about(cause, CASE, uncertifiedCase))
                .noneMatch(cause -> about(cause, CASE, caseId));
        assertThat(batch.examined()).anyMatch(subject -> subject.type().equals(CASE) && subject.id() == caseId);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
