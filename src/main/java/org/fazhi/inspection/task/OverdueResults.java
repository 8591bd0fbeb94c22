package org.fazhi.inspection.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.inspection.InspectionProperties;
import org.fazhi.inspection.InspectionResultOverdue;
import org.fazhi.shared.RegionCode;
import org.fazhi.shared.WorkdayCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Watches the publication deadline of drawn inspections' results (结果公示) and raises each one missed, once: a
 * row in {@code inspection.result_overdue} and an {@link InspectionResultOverdue} event in the same transaction.
 * One watcher runs across all application instances (a transaction-scoped advisory lock).
 */
@Component
public class OverdueResults {

    private static final long LOCK_KEY = 0x4641_5a48_4952_4553L; // "FAZHIRES"
    private static final WorkdayCalendar CALENDAR = WorkdayCalendar.china();

    private record Candidate(long taskId, String code, RegionCode county, long leadAgencyId, long planId,
                             LocalDate windowTo) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final InspectionProperties rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OverdueResults(JdbcClient jdbc, TransactionTemplate transaction, InspectionProperties rules,
                   ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${fazhi.inspection.overdue-check-interval:PT10M}",
            fixedDelayString = "${fazhi.inspection.overdue-check-interval:PT10M}")
    void raiseOnSchedule() {
        raise(LocalDate.now(clock));
    }

    /** Raises every drawn inspection whose result is overdue on the day and was not raised before; how many. */
    public int raise(LocalDate today) {
        Integer raised = transaction.execute(status -> raiseIn(today));
        return raised == null ? 0 : raised;
    }

    private int raiseIn(LocalDate today) {
        boolean mine = jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK_KEY).query(Boolean.class).single();
        if (!mine) {
            return 0;
        }
        List<InspectionResultOverdue> overdue = new ArrayList<>();
        for (Candidate candidate : candidates(today)) {
            WorkdayCalendar.Deadline due = CALENDAR.deadlineAfterWorkingDays(candidate.windowTo(),
                    rules.publicationWorkingDays());
            if (today.isAfter(due.date())) {
                overdue.add(new InspectionResultOverdue(candidate.taskId(), candidate.code(), candidate.county(),
                        candidate.leadAgencyId(), candidate.planId(), candidate.windowTo(), due.date(),
                        due.provisional()));
            }
        }
        for (InspectionResultOverdue raised : overdue) {
            jdbc.sql("insert into inspection.result_overdue (task_id, region_code, due_on) values (?, ?, ?)")
                    .params(raised.taskId(), raised.county().value(), raised.dueOn()).update();
            events.publishEvent(raised);
        }
        return overdue.size();
    }

    /** Drawn, not refused or revoked, still without a result, and not raised yet: a working day is a calendar day. */
    private List<Candidate> candidates(LocalDate today) {
        return jdbc.sql("""
                select t.id, t.code, t.region_code, t.lead_agency_id, t.plan_id, t.window_to from inspection.task t
                 where t.plan_id is not null and t.result is null and t.status not in ('REFUSED', 'REVOKED')
                   and t.window_to < :latest
                   and not exists (select 1 from inspection.result_overdue o where o.task_id = t.id)
                 order by t.id""")
                .param("latest", today.minusDays(rules.publicationWorkingDays()))
                .query((rs, row) -> new Candidate(rs.getLong(1), rs.getString(2), RegionCode.of(rs.getString(3)),
                        rs.getLong(4), rs.getLong(5), rs.getObject(6, LocalDate.class)))
                .list();
    }
}
