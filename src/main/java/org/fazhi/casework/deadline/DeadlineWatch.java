package org.fazhi.casework.deadline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.casework.CaseDeadlineApproaching;
import org.fazhi.casework.CaseDeadlineMissed;
import org.fazhi.casework.DeadlineKind;
import org.fazhi.shared.RegionCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Watches the cases' open deadlines and raises each once: {@link CaseDeadlineApproaching} when it is within the
 * configured working days, {@link CaseDeadlineMissed} when it has passed; the raised moment is stored with the
 * deadline in the same transaction. One watcher runs across all application instances (a transaction-scoped
 * advisory lock); a deadline moved by an extension is raised again.
 */
@Component
public class DeadlineWatch {

    private static final long LOCK_KEY = 0x4641_5a48_4341_5345L; // "FAZHCASE"

    private record Open(long caseId, String code, RegionCode county, long agencyId, DeadlineKind kind,
                        LocalDate dueOn, boolean provisional) {
    }

    /** How many of each were raised. */
    public record Raised(int approaching, int missed) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final CaseDeadlines deadlines;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeadlineWatch(JdbcClient jdbc, TransactionTemplate transaction, CaseDeadlines deadlines,
                  ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.deadlines = deadlines;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${fazhi.casework.deadline-check-interval:PT10M}",
            fixedDelayString = "${fazhi.casework.deadline-check-interval:PT10M}")
    void raiseOnSchedule() {
        raise(LocalDate.now(clock));
    }

    public Raised raise(LocalDate today) {
        Raised raised = transaction.execute(status -> raiseIn(today));
        return raised == null ? new Raised(0, 0) : raised;
    }

    private Raised raiseIn(LocalDate today) {
        boolean mine = jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK_KEY).query(Boolean.class).single();
        if (!mine) {
            return new Raised(0, 0);
        }
        int approaching = 0;
        int missed = 0;
        for (Open open : open(today)) {
            boolean past = today.isAfter(open.dueOn());
            jdbc.sql("update casework.deadline set " + (past ? "missed_raised_at" : "approaching_raised_at")
                            + " = now() where case_id = ? and kind = ?")
                    .params(open.caseId(), open.kind().name()).update();
            if (past) {
                missed++;
                events.publishEvent(new CaseDeadlineMissed(open.caseId(), open.code(), open.county(), open.agencyId(),
                        open.kind(), open.dueOn(), open.provisional()));
            } else {
                approaching++;
                events.publishEvent(new CaseDeadlineApproaching(open.caseId(), open.code(), open.county(),
                        open.agencyId(), open.kind(), open.dueOn(), open.provisional()));
            }
        }
        return new Raised(approaching, missed);
    }

    /** Open deadlines missed and not raised as missed, or due soon and not raised as approaching. */
    private List<Open> open(LocalDate today) {
        return jdbc.sql("""
                select d.case_id, c.code, d.region_code, d.agency_id, d.kind, d.due_on, d.provisional
                  from casework.deadline d join casework.penalty_case c on c.id = d.case_id
                 where d.met_on is null
                   and ((d.due_on < :today and d.missed_raised_at is null)
                        or (d.due_on >= :today and d.due_on <= :soon and d.approaching_raised_at is null))
                 order by d.due_on, d.case_id""")
                .param("today", today).param("soon", deadlines.dueSoonLimit(today))
                .query((rs, row) -> new Open(rs.getLong(1), rs.getString(2), RegionCode.of(rs.getString(3)),
                        rs.getLong(4), DeadlineKind.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class),
                        rs.getBoolean(7)))
                .list();
    }
}
