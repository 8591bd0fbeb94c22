package org.fazhi.supervision.monitoring.rule;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.inspection.InspectionConcluded;
import org.fazhi.inspection.InspectionResult;
import org.fazhi.inspection.task.InspectionTask;
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

/** Rule 6 on PostgreSQL: cases and visits with two officers, and records that name only one. */
@FazhiIntegrationTest
class FewerThanTwoOfficersIntegrationTests {

    @Autowired RuleTestData data;
    @Autowired FewerThanTwoOfficers rule;
    @Autowired Clock clock;

    @Test
    void aCaseRecordedWithOneHandlerFires() {
        Handling h = data.agency("两人规则局");
        long id = data.decided(h, "3000");
        data.handlersWritten(id, List.of(data.officer(h, 0).id(), data.officer(h, 0).id()));

        assertThat(rule.scan(COUNTY, today())).filteredOn(cause -> about(cause, CASE, id)).singleElement()
                .satisfies(cause -> {
                    assertThat(cause.agencyId()).isEqualTo(h.agencyId());
                    assertThat(cause.summary()).contains("立案仅记录 1 名执法人员").contains("作出处罚决定仅记录 1 名");
                });
    }

    @Test
    void aVisitRecordedWithOneInspectorFires() {
        Handling h = data.agency("两人规则局");
        InspectionTask task = data.concluded(data.openTask(h), h);
        data.jdbc().sql("delete from inspection.task_inspector where task_id = ? and officer_id = ?")
                .params(task.id(), data.officer(h, 1).id()).update();

        assertThat(rule.scan(COUNTY, today())).filteredOn(cause -> about(cause, TASK, task.id())).singleElement()
                .satisfies(cause -> assertThat(cause.summary()).contains(task.code()).contains("入企检查仅记录 1 名"));
    }

    @Test
    void aVisitOlderThanTheLookbackIsNotRead() {
        Handling h = data.agency("两人规则局");
        InspectionTask task = data.concluded(data.openTask(h), h);
        data.jdbc().sql("delete from inspection.task_inspector where task_id = ? and officer_id = ?")
                .params(task.id(), data.officer(h, 1).id()).update();
        LocalDate visited = rule.scan(COUNTY, today()).stream().filter(cause -> about(cause, TASK, task.id()))
                .findFirst().orElseThrow().since();

        assertThat(rule.scan(COUNTY, visited.plusDays(365))).anyMatch(cause -> about(cause, TASK, task.id()));
        assertThat(rule.scan(COUNTY, visited.plusDays(366))).noneMatch(cause -> about(cause, TASK, task.id()));
    }

    @Test
    void casesAndVisitsByTwoOfficersDoNotFire() {
        Handling h = data.agency("两人规则局");
        long id = data.decided(h, "3000");
        InspectionTask task = data.concluded(data.openTask(h), h);

        assertThat(rule.scan(COUNTY, today()))
                .noneMatch(cause -> about(cause, CASE, id) || about(cause, TASK, task.id()));
    }

    @Test
    void reassessesTheTouchedCaseOrTask() {
        Handling h = data.agency("两人规则局");
        long lone = data.decided(h, "3000");
        data.handlersWritten(lone, List.of(data.officer(h, 0).id()));
        InspectionTask task = data.concluded(data.openTask(h), h);

        Reassessment ofCase = rule.reassess(DataChanged.updated(CASE, lone, COUNTY, List.of("state")), today())
                .orElseThrow();
        Reassessment ofTask = rule.reassess(new InspectionConcluded(task.id(), task.code(), COUNTY,
                task.partyId(), h.agencyId(), task.itemIds(), InspectionResult.NO_PROBLEM, today()), today())
                .orElseThrow();

        assertThat(ofCase.holding()).singleElement().satisfies(cause -> assertThat(about(cause, CASE, lone)).isTrue());
        assertThat(ofTask.examined()).singleElement().satisfies(subject -> {
            assertThat(subject.type()).isEqualTo(TASK);
            assertThat(subject.reference()).isEqualTo(task.code());
        });
        assertThat(ofTask.holding()).isEmpty();
        assertThat(rule.reassess(DataChanged.updated("registry.agency", h.agencyId(), COUNTY, List.of("name")),
                today())).isEmpty();
    }

    @Test
    void answersABatchAsItsEventsOneByOne() {
        Handling h = data.agency("两人规则局");
        long lone = data.decided(h, "3000");
        data.handlersWritten(lone, List.of(data.officer(h, 0).id()));
        long two = data.decided(h, "2000");
        InspectionTask alone = data.concluded(data.openTask(h), h);
        data.jdbc().sql("delete from inspection.task_inspector where task_id = ? and officer_id = ?")
                .params(alone.id(), data.officer(h, 1).id()).update();
        InspectionTask paired = data.concluded(data.openTask(h), h);

        Reassessment batch = BatchAnswers.asOneByOne(rule, List.of(
                DataChanged.updated(CASE, lone, COUNTY, List.of("state")),
                DataChanged.updated(CASE, two, COUNTY, List.of("state")),
                DataChanged.updated(TASK, alone.id(), COUNTY, List.of("status")),
                new InspectionConcluded(paired.id(), paired.code(), COUNTY, paired.partyId(), h.agencyId(),
                        paired.itemIds(), InspectionResult.NO_PROBLEM, today()),
                DataChanged.updated(CASE, lone, COUNTY, List.of("state")),
                DataChanged.updated("registry.agency", h.agencyId(), COUNTY, List.of("name"))), today());

        assertThat(batch.holding()).hasSize(2).anyMatch(cause -> about(cause, CASE, lone))
                .anyMatch(cause -> about(cause, TASK, alone.id()));
        assertThat(batch.examined()).hasSize(4);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
