package org.fazhi.casework.compulsion;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.fazhi.casework.CompulsoryMeasureDue;
import org.fazhi.casework.CompulsoryMeasureOverdue;
import org.fazhi.casework.deadline.CaseDeadlines;
import org.fazhi.shared.RegionCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Watches the measures that hold a party's property and raises each once, as the case deadlines are watched:
 * {@link CompulsoryMeasureDue} when the period ends within the due-soon working days, {@link CompulsoryMeasureOverdue}
 * when it has passed, or when an urgent measure's approval window passed. One watcher across instances (a
 * transaction-scoped advisory lock); a period moved by the extension is raised again.
 */
@Component
public class MeasureWatch {

    private static final long LOCK_KEY = 0x4641_5a48_4d45_4153L; // "FAZHMEAS"

    /** How many of each were raised. */
    public record Raised(int due, int overdue) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final CaseDeadlines deadlines;
    private final MeasurePeriods periods;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeasureWatch(JdbcClient jdbc, TransactionTemplate transaction, CaseDeadlines deadlines, MeasurePeriods periods,
                 ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.deadlines = deadlines;
        this.periods = periods;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${fazhi.casework.deadline-check-interval:PT10M}",
            fixedDelayString = "${fazhi.casework.deadline-check-interval:PT10M}")
    void raiseOnSchedule() {
        raise(clock.instant());
    }

    public Raised raise(Instant now) {
        Raised raised = transaction.execute(status -> raiseIn(now));
        return raised == null ? new Raised(0, 0) : raised;
    }

    private Raised raiseIn(Instant now) {
        boolean mine = jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK_KEY).query(Boolean.class).single();
        if (!mine) {
            return new Raised(0, 0);
        }
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        Instant approvalsFrom = now.minus(java.time.Duration.ofHours(periods.approvalHours()));
        int overdue = jdbc.sql("""
                select m.id, m.case_id, c.code, m.region_code, m.agency_id, m.due_on, m.state, m.taken_at
                  from casework.compulsory_measure m join casework.penalty_case c on c.id = m.case_id
                 where m.overdue_raised_at is null
                   and ((m.state = 'IN_FORCE' and m.due_on < :today)
                        or (m.state = 'URGENT' and m.taken_at < :approvalsFrom))
                 order by m.id""")
                .param("today", today).param("approvalsFrom", Timestamp.from(approvalsFrom))
                .query((rs, row) -> {
                    boolean awaiting = rs.getString("state").equals("URGENT");
                    LocalDate due = awaiting ? LocalDate.ofInstant(periods.approvalDue(
                            rs.getTimestamp("taken_at").toInstant()), zone()) : rs.getObject("due_on", LocalDate.class);
                    return new CompulsoryMeasureOverdue(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            RegionCode.of(rs.getString(4)), rs.getLong(5), due, awaiting);
                }).list().stream().mapToInt(event -> {
                    mark(event.measureId(), "overdue_raised_at");
                    events.publishEvent(event);
                    return 1;
                }).sum();
        int due = jdbc.sql("""
                select m.id, m.case_id, c.code, m.region_code, m.agency_id, m.due_on, m.provisional
                  from casework.compulsory_measure m join casework.penalty_case c on c.id = m.case_id
                 where m.state = 'IN_FORCE' and m.due_raised_at is null and m.due_on >= :today and m.due_on <= :soon
                 order by m.due_on, m.id""")
                .param("today", today).param("soon", deadlines.dueSoonLimit(today))
                .query((rs, row) -> new CompulsoryMeasureDue(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        RegionCode.of(rs.getString(4)), rs.getLong(5), rs.getObject(6, LocalDate.class),
                        rs.getBoolean(7)))
                .list().stream().mapToInt(event -> {
                    mark(event.measureId(), "due_raised_at");
                    events.publishEvent(event);
                    return 1;
                }).sum();
        return new Raised(due, overdue);
    }

    private void mark(long measureId, String column) {
        jdbc.sql("update casework.compulsory_measure set " + column + " = now() where id = ?").param(measureId).update();
    }

    private ZoneId zone() {
        return clock.getZone();
    }
}
