package org.fazhi.supervision.monitoring.rule;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.inspection.task.InspectionTask;
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
import static org.fazhi.supervision.monitoring.rule.CaseEvents.OFFICER;
import static org.fazhi.supervision.monitoring.rule.CaseEvents.TASK;
import static org.fazhi.supervision.monitoring.rule.RuleTestData.about;

/** Rule 13 on PostgreSQL: officers whose certificate was revoked, with and without open cases and tasks. */
@FazhiIntegrationTest
class ExpiredCertificateWithOpenWorkIntegrationTests {

    @Autowired RuleTestData data;
    @Autowired ExpiredCertificateWithOpenWork rule;
    @Autowired Clock clock;

    @Test
    void aRevokedOfficerWithAnOpenCaseAndTaskFires() {
        Handling h = data.agency("失效规则局");
        long caseId = data.filed(h);
        InspectionTask task = data.openTask(h);
        Officer first = data.officer(h, 0);
        Certificate revoked = data.revoke(first);

        assertThat(rule.scan(COUNTY, today())).filteredOn(cause -> about(cause, OFFICER, first.id()))
                .singleElement().satisfies(cause -> {
                    assertThat(cause.agencyId()).isEqualTo(h.agencyId());
                    assertThat(cause.since()).isEqualTo(today());
                    assertThat(cause.subject().reference()).isEqualTo(first.name());
                    assertThat(cause.summary()).contains(revoked.number()).contains("已被注销")
                            .contains("1 件未结案件").contains(code(caseId)).contains(task.code());
                });
    }

    @Test
    void noAlertForAValidOfficerOrARevokedOneWithNothingOpen() {
        Handling h = data.agency("失效规则局");
        data.filed(h);
        Officer idle = data.officer(h, 2);
        data.revoke(idle);

        assertThat(rule.scan(COUNTY, today())).noneMatch(cause -> about(cause, OFFICER, idle.id())
                || about(cause, OFFICER, data.officer(h, 0).id()) || about(cause, OFFICER, data.officer(h, 1).id()));
    }

    @Test
    void theAlertGoesOnceTheWorkIsDone() {
        Handling h = data.agency("失效规则局");
        InspectionTask task = data.openTask(h);
        Officer first = data.officer(h, 0);
        data.suspend(first);
        data.concluded(task, h);

        assertThat(rule.scan(COUNTY, today())).noneMatch(cause -> about(cause, OFFICER, first.id()));
    }

    @Test
    void reassessesTheOfficersTheEventTouches() {
        Handling h = data.agency("失效规则局");
        long caseId = data.filed(h);
        Officer first = data.officer(h, 0);
        Certificate suspended = data.suspend(first);

        Reassessment ofCertificate = rule.reassess(DataChanged.updated("registry.certificate", suspended.id(),
                COUNTY, List.of("status")), today()).orElseThrow();
        Reassessment ofCase = rule.reassess(DataChanged.updated(CASE, caseId, COUNTY, List.of("state")), today())
                .orElseThrow();

        assertThat(ofCertificate.examined()).singleElement()
                .satisfies(subject -> assertThat(subject.id()).isEqualTo(first.id()));
        assertThat(ofCertificate.holding()).singleElement()
                .satisfies(cause -> assertThat(about(cause, OFFICER, first.id())).isTrue());
        assertThat(ofCase.examined()).extracting(subject -> subject.id())
                .containsExactlyInAnyOrder(first.id(), data.officer(h, 1).id());
        assertThat(ofCase.holding()).singleElement()
                .satisfies(cause -> assertThat(about(cause, OFFICER, first.id())).isTrue());
        assertThat(rule.reassess(DataChanged.updated("disclosure.publication", 1L, COUNTY, List.of("state")),
                today())).isEmpty();
    }

    @Test
    void answersABatchAsItsEventsOneByOne() {
        Handling h = data.agency("失效规则局");
        long caseId = data.filed(h);
        Officer first = data.officer(h, 0);
        Certificate suspended = data.suspend(first);
        Handling other = data.agency("失效规则乙局");
        InspectionTask task = data.openTask(other);
        Officer inspector = data.officer(other, 0);
        data.revoke(inspector);
        DataChanged ofCase = DataChanged.updated(CASE, caseId, COUNTY, List.of("state"));

        Reassessment batch = BatchAnswers.asOneByOne(rule, List.of(
                DataChanged.updated("registry.certificate", suspended.id(), COUNTY, List.of("status")), ofCase,
                DataChanged.updated(TASK, task.id(), COUNTY, List.of("status")), ofCase,
                DataChanged.updated("disclosure.publication", 1L, COUNTY, List.of("state"))), today());

        assertThat(batch.holding()).extracting(cause -> cause.subject().id())
                .containsExactlyInAnyOrder(first.id(), inspector.id());
        assertThat(batch.examined()).extracting(subject -> subject.id()).contains(first.id(), data.officer(h, 1).id(),
                inspector.id()).doesNotHaveDuplicates();
        assertThat(rule.reassess(List.of(DataChanged.updated("disclosure.publication", 1L, COUNTY,
                List.of("state"))), today())).isEmpty();
    }

    private String code(long caseId) {
        return data.jdbc().sql("select code from casework.penalty_case where id = ?").param(caseId)
                .query(String.class).single();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
