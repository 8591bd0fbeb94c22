package org.fazhi.casework.compulsion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

import org.fazhi.casework.casefile.CaseClock;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.StaleEdit;
import org.fazhi.shared.ChangedFields;
import org.fazhi.shared.DataChanged;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How every act on a measure is done, with the guarantees of a case's steps: in one transaction, claim the request
 * key (a retry gets the first outcome), find the measure in the user's scope (else 404), check the user may take the
 * act (else 403) on the version he or she saw (else 409), apply it, save it, write the measure's timeline and
 * publish {@link DataChanged}. A refused act rolls back and its refusal is then recorded on its own.
 */
@Component
class MeasureActs {

    /** The act's request key (the client's, the same on every retry) and the measure version it saw. */
    record Request(@Nullable String key, int version) {
    }

    /** What an act records: the measure after it, given the measure before, today and now. */
    @FunctionalInterface
    interface Change {
        CompulsoryMeasure apply(CompulsoryMeasure before, LocalDate today, Instant now);
    }

    private final MeasureRepository repository;
    private final MeasureRequestKeys keys;
    private final MeasureTimeline timeline;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final CaseClock clock;

    MeasureActs(MeasureRepository repository, MeasureRequestKeys keys, MeasureTimeline timeline,
                ApplicationEventPublisher events, TransactionTemplate transaction, CaseClock clock) {
        this.repository = repository;
        this.keys = keys;
        this.timeline = timeline;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    LocalDate today() {
        return clock.today();
    }

    Instant now() {
        return clock.now();
    }

    /** The measure, if the user may see its case: its agency's staff, or anyone of the county above them. */
    CompulsoryMeasure visible(SignedInUser user, long id) {
        return repository.find(id).filter(m -> sees(user, m))
                .orElseThrow(() -> new NotFound(MeasureRepository.RECORD_TYPE, id));
    }

    static boolean sees(SignedInUser user, CompulsoryMeasure m) {
        return !user.hasRole(Role.ENTERPRISE) && user.scope().covers(m.county(), m.agencyId());
    }

    /** Records a new measure made by {@code create} (which checks the case and the officers). */
    MeasureOutcome create(SignedInUser user, @Nullable String key, MeasureAct act, Supplier<CompulsoryMeasure> create,
                          @Nullable String detail) {
        return transaction.execute(status -> {
            Optional<MeasureOutcome> earlier = keys.claim(key, user.getUsername(), null, act);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            CompulsoryMeasure made = create.get();
            authorise(user, made.agencyId(), act);
            long id = repository.insert(made);
            CompulsoryMeasure saved = repository.find(id).orElseThrow();
            timeline.accepted(saved, user.getUsername(), user.displayName(), act, detail);
            events.publishEvent(DataChanged.created(MeasureRepository.RECORD_TYPE, id, saved.county(),
                    ChangedFields.of(CompulsoryMeasure.class)));
            return done(key, act, saved);
        });
    }

    /** Takes the act, or refuses it and records the refusal; {@code detail} goes into the timeline. */
    MeasureOutcome take(SignedInUser user, long id, Request request, MeasureAct act, Change change,
                        @Nullable String detail) {
        try {
            return transaction.execute(status -> takeIn(user, id, request, act, change, detail));
        } catch (RuleViolation refusal) {
            repository.find(id).filter(m -> sees(user, m)).ifPresent(m ->
                    timeline.refused(m, user.getUsername(), user.displayName(), act, refusal));
            throw refusal;
        }
    }

    private MeasureOutcome takeIn(SignedInUser user, long id, Request request, MeasureAct act, Change change,
                                  @Nullable String detail) {
        Optional<MeasureOutcome> earlier = keys.claim(request.key(), user.getUsername(), id, act);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        CompulsoryMeasure before = visible(user, id);
        authorise(user, before.agencyId(), act);
        if (before.version() != request.version()) {
            throw new StaleEdit(MeasureRepository.RECORD_TYPE, id);
        }
        CompulsoryMeasure after = repository.save(change.apply(before, today(), now()));
        timeline.accepted(after, user.getUsername(), user.displayName(), act, detail);
        events.publishEvent(DataChanged.updated(MeasureRepository.RECORD_TYPE, id, after.county(),
                ChangedFields.between(before, after)));
        return done(request.key(), act, after);
    }

    private MeasureOutcome done(@Nullable String key, MeasureAct act, CompulsoryMeasure m) {
        MeasureOutcome outcome = new MeasureOutcome(m.id(), act, m.state(), m.version());
        keys.complete(java.util.Objects.requireNonNull(key), outcome);
        return outcome;
    }

    /** The agency's officers and legal office act on its measures; only the legal office takes the head's acts. */
    static void authorise(SignedInUser user, long agencyId, MeasureAct act) {
        if (!may(user, agencyId, act)) {
            throw new AccessDeniedException("only the measure's agency acts on it; the head's acts only its legal office");
        }
    }

    static boolean may(SignedInUser user, long agencyId, MeasureAct act) {
        boolean ofTheAgency = Long.valueOf(agencyId).equals(user.agencyId());
        return ofTheAgency && (act.byHead() ? user.hasRole(Role.AGENCY_ADMIN)
                : user.hasRole(Role.AGENCY_ADMIN, Role.OFFICER));
    }
}
