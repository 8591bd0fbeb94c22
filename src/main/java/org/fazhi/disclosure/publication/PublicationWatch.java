package org.fazhi.disclosure.publication;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.disclosure.PublicationExpired;
import org.fazhi.disclosure.PublicationOverdue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Watches the publications: raises {@link PublicationOverdue} once for each one still pending past its due day
 * (the raised moment is stored in the same transaction), publishes unreviewed those pending longer than the
 * county's {@code auto-publish-after-hours} when it has switched that on, takes expired ones off the portal
 * (announcing each), and raises {@link org.fazhi.disclosure.WithdrawalOverdue} once for each changed decision whose
 * publication is still not withdrawn past its day.
 * One watcher runs across all application instances (a transaction-scoped advisory lock), as casework's deadlines.
 */
@Component
class PublicationWatch {

    static final String SYSTEM = "system";
    private static final long LOCK_KEY = 0x4641_5a48_5055_424cL; // "FAZHPUBL"

    /** What one round did. */
    record Round(int overdue, int autoPublished, int expired, int withdrawalsOverdue) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final PublicationRepository repository;
    private final Publications publications;
    private final DisclosureProperties rules;
    private final ApplicationEventPublisher events;
    private final ExpiringPublications expiring;
    private final ChangedDecisions changed;
    private final Clock clock;

    PublicationWatch(JdbcClient jdbc, TransactionTemplate transaction, PublicationRepository repository,
                     Publications publications, DisclosureProperties rules, ApplicationEventPublisher events,
                     ExpiringPublications expiring, ChangedDecisions changed, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.repository = repository;
        this.publications = publications;
        this.rules = rules;
        this.events = events;
        this.expiring = expiring;
        this.changed = changed;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${fazhi.disclosure.check-interval:PT10M}",
            fixedDelayString = "${fazhi.disclosure.check-interval:PT10M}")
    void watchOnSchedule() {
        watch(Instant.now(clock));
    }

    Round watch(Instant now) {
        Round round = transaction.execute(status -> watchIn(now));
        return round == null ? new Round(0, 0, 0, 0) : round;
    }

    private Round watchIn(Instant now) {
        boolean mine = jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK_KEY).query(Boolean.class).single();
        if (!mine) {
            return new Round(0, 0, 0, 0);
        }
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        int published = autoPublish(now);
        int overdue = 0;
        for (Publication p : repository.overdueNotRaised(today)) {
            repository.markOverdueRaised(p.id());
            events.publishEvent(new PublicationOverdue(p.id(), p.decision().caseId(), p.decision().decisionNumber(),
                    p.decision().county(), p.decision().agencyId(), p.decision().decidedOn(), p.dueOn()));
            overdue++;
        }
        return new Round(overdue, published, expire(today), changed.raiseOverdue(today));
    }

    /** Locks those past their period first, so exactly the ones announced change state. */
    private int expire(LocalDate today) {
        List<PublicationExpired> ending = expiring.lockPastPeriod(today);
        int expired = repository.expire(today);
        ending.forEach(events::publishEvent);
        return expired;
    }

    /** Joins the round's transaction (the lock's), so only the lock holder publishes. */
    private int autoPublish(Instant now) {
        if (rules.autoPublishAfterHours() <= 0) {
            return 0;
        }
        List<Long> due = repository.pendingSince(now.minus(Duration.ofHours(rules.autoPublishAfterHours())));
        due.forEach(id -> publications.publishUnreviewed(id, SYSTEM));
        return due.size();
    }
}
