package org.fazhi.disputes.reconsideration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.shared.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accepts the applications whose examination period ended without a decision (行政复议法第三十条: 视为受理), so the
 * list, the time limits that follow and the indicators count them without anyone opening the case first. One
 * watcher runs across all application instances (a transaction-scoped advisory lock), as disclosure's watch.
 */
@Component
class LapsedExaminations {

    private static final long LOCK_KEY = 0x4641_5a48_5245_434fL; // "FAZHRECO"

    private final ReconsiderationRepository repository;
    private final ReconsiderationDeadlines limits;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LapsedExaminations(ReconsiderationRepository repository, ReconsiderationDeadlines limits, JdbcClient jdbc,
                       TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.limits = limits;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${fazhi.disputes.reconsideration.check-interval:PT10M}",
            fixedDelayString = "${fazhi.disputes.reconsideration.check-interval:PT10M}")
    void watchOnSchedule() {
        deemAcceptedBy(LocalDate.now(clock));
    }

    /** The number of applications deemed accepted as of their period's last day, before {@code today}. */
    int deemAcceptedBy(LocalDate today) {
        Integer deemed = transaction.execute(status -> {
            boolean mine = jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK_KEY).query(Boolean.class)
                    .single();
            if (!mine) {
                return 0;
            }
            List<Long> lapsed = repository.lapsedExaminations(today);
            for (long id : lapsed) {
                ReconsiderationCase c = repository.lock(id);
                if (c.deemAcceptanceBy(today, limits)) {
                    repository.save(c);
                    events.publishEvent(DataChanged.updated(ReconsiderationRepository.RECORD_TYPE, id,
                            c.application().county(), List.of("state", "deadlines")));
                }
            }
            return lapsed.size();
        });
        return deemed == null ? 0 : deemed;
    }
}
