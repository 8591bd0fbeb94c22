package org.fazhi.inspection;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.inspection.InspectionTestData.Inspecting;
import org.fazhi.inspection.plan.InspectionPlan;
import org.fazhi.inspection.plan.Plans;
import org.fazhi.inspection.task.InspectionTask;
import org.fazhi.inspection.task.OverdueResults;
import org.fazhi.inspection.task.Tasks;
import org.fazhi.shared.WorkdayCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.registry.RegistryTestData.agencyAdmin;
import static org.fazhi.registry.RegistryTestData.supervisor;
import static org.fazhi.registry.RegistryTestData.user;

/** 结果公示: a drawn inspection still without a result after its deadline is raised, once, for the supervisors. */
@FazhiIntegrationTest
@RecordApplicationEvents
class OverdueResultsIntegrationTests {

    @Autowired InspectionTestData data;
    @Autowired Plans plans;
    @Autowired Tasks tasks;
    @Autowired OverdueResults overdue;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    @Test
    void aDrawnInspectionWithoutAResultAfterTwentyWorkingDaysIsRaisedOnce() {
        Inspecting inspecting = data.agency("公示期限局", 3);
        InspectionPlan plan = plans.get(supervisor(), data.drawn(inspecting, InspectionTestData.form(inspecting, null))
                .planId());
        List<Long> drawn = jdbc.sql("""
                select id from inspection.task where plan_id = ? and status not in ('REFUSED', 'REVOKED')
                 order by id""").param(plan.id())
                .query(Long.class).list();
        InspectionTask concluded = conclude(inspecting, drawn.get(0));
        LocalDate windowEnd = concluded.windowTo();
        LocalDate due = WorkdayCalendar.china().addWorkingDays(windowEnd, 20);

        overdue.raise(due);
        assertThat(raisedFor(plan)).as("on the last day nothing is late yet").isEmpty();

        overdue.raise(due.plusDays(1));
        List<InspectionResultOverdue> raised = raisedFor(plan);
        assertThat(raised).extracting(InspectionResultOverdue::taskId)
                .containsExactlyInAnyOrderElementsOf(drawn.subList(1, drawn.size()));
        assertThat(raised).allSatisfy(event -> {
            assertThat(event.dueOn()).isEqualTo(due);
            assertThat(event.leadAgencyId()).isEqualTo(inspecting.agency().id());
            assertThat(event.windowTo()).isEqualTo(windowEnd);
        });

        overdue.raise(due.plusDays(30));
        assertThat(raisedFor(plan)).as("each inspection is raised once").hasSameSizeAs(raised);
    }

    private InspectionTask conclude(Inspecting inspecting, long taskId) {
        InspectionTask task = tasks.get(supervisor(), taskId);
        InspectionTask approved = tasks.decide(agencyAdmin(inspecting.agency()), taskId, task.version(), true, null);
        return tasks.conclude(user(org.fazhi.identity.Role.OFFICER, inspecting.agency().id()), taskId,
                approved.version(), InspectionResult.NO_PROBLEM, null, "未发现问题");
    }

    private List<InspectionResultOverdue> raisedFor(InspectionPlan plan) {
        return events.stream(InspectionResultOverdue.class).filter(event -> event.planId() == plan.id()).toList();
    }
}
