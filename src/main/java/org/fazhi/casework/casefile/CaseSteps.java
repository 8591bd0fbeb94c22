package org.fazhi.casework.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fazhi.casework.CaseClosed;
import org.fazhi.casework.CaseFiled;
import org.fazhi.casework.PenaltyDecided;
import org.fazhi.casework.procedure.CaseFacts;
import org.fazhi.casework.procedure.CaseProcedure;
import org.fazhi.casework.procedure.CaseState;
import org.fazhi.casework.procedure.Proposal;
import org.fazhi.casework.procedure.Transition;
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
 * How every step of a case is taken, whatever it records: in one transaction, claim the request key (a retry gets
 * the first outcome), find the case in the user's scope (else 404), check the user may take the step (else 403) on
 * the version the user saw (else 409), apply the step's change, let {@link CaseProcedure} judge the result, save
 * it, bring its deadlines up to date, issue its documents ({@link IssuedDocuments}), write the timeline, publish
 * {@link DataChanged} and the module's events. A step the procedure refuses rolls back, and its refusal is then written to the timeline on its own.
 */
@Component
public class CaseSteps {

    /** The step's request key (chosen by the client, the same on every retry) and the case version it saw. */
    public record Request(String key, int version) {
    }

    /** What a step records: the case after it, given the case before and today. */
    @FunctionalInterface
    public interface Change {
        PenaltyCase apply(PenaltyCase before, LocalDate today);
    }

    private final CaseRepository repository;
    private final CaseFactsReader facts;
    private final RequestKeys keys;
    private final Timeline timeline;
    private final CaseDeadlineBook deadlines;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final CaseClock clock;
    private final IssuedDocuments documents;

    CaseSteps(CaseRepository repository, CaseFactsReader facts, RequestKeys keys, Timeline timeline,
              CaseDeadlineBook deadlines, ApplicationEventPublisher events, TransactionTemplate transaction,
              CaseClock clock, IssuedDocuments documents) {
        this.repository = repository;
        this.facts = facts;
        this.keys = keys;
        this.timeline = timeline;
        this.deadlines = deadlines;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
        this.documents = documents;
    }

    public LocalDate today() {
        return clock.today();
    }

    /** The case, if the user may see it: its agency's staff, or anyone of the county above the agencies. */
    public PenaltyCase visible(SignedInUser user, long caseId) {
        return repository.find(caseId).filter(c -> sees(user, c))
                .orElseThrow(() -> new NotFound(CaseRepository.RECORD_TYPE, caseId));
    }

    static boolean sees(SignedInUser user, PenaltyCase c) {
        return !user.hasRole(Role.ENTERPRISE) && user.scope().covers(c.county(), c.agencyId());
    }

    /** Takes the step, or refuses it and records the refusal; {@code detail} goes into the timeline. */
    public Outcome take(SignedInUser user, long caseId, Request request, Transition transition, Change change,
                        @Nullable String detail) {
        try {
            return transaction.execute(status -> takeIn(user, caseId, request, transition, change, detail));
        } catch (RuleViolation refusal) {
            repository.find(caseId).filter(c -> sees(user, c))
                    .ifPresent(c -> timeline.refused(c, actor(user), transition, refusal));
            throw refusal;
        }
    }

    private Outcome takeIn(SignedInUser user, long caseId, Request request, Transition transition, Change change,
                           @Nullable String detail) {
        Optional<Outcome> earlier = keys.claim(request.key(), user.getUsername(), caseId, transition);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        PenaltyCase before = visible(user, caseId);
        authorise(user, before, CaseProcedure.step(transition).by());
        if (before.version() != request.version()) {
            throw new StaleEdit(CaseRepository.RECORD_TYPE, caseId);
        }
        LocalDate today = today();
        PenaltyCase changed = change.apply(before, today);
        CaseState to = CaseProcedure.check(transition, facts.facts(changed,
                new CaseFacts.Actor(user.getUsername(), user.officerId()), today));
        PenaltyCase after = repository.save(before, changed.in(to));
        deadlines.sync(after, today);
        documents.issue(transition, after, today, user.getUsername(), detail);
        timeline.accepted(caseId, after.county(), actor(user), transition, before.state(), to, detail);
        events.publishEvent(DataChanged.updated(CaseRepository.RECORD_TYPE, caseId, after.county(),
                ChangedFields.between(before, after)));
        announce(transition, after, today);
        Outcome outcome = new Outcome(caseId, transition, before.state(), to, after.version());
        keys.complete(request.key(), outcome);
        return outcome;
    }

    /**
     * Registers a new clue; with a request key, a retried registration returns the first one. Empty when the clue's
     * inspection task already gave one.
     */
    public Optional<Outcome> register(PenaltyCase clue, Timeline.Actor actor, @Nullable String requestKey) {
        return Optional.ofNullable(transaction.execute(status -> {
            if (requestKey != null) {
                Optional<Outcome> earlier = keys.claim(requestKey, actor.username(), null, Transition.REGISTER_CLUE);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
            }
            Optional<Long> id = repository.insert(clue);
            if (id.isEmpty()) {
                return null;
            }
            timeline.accepted(id.get(), clue.county(), actor, Transition.REGISTER_CLUE, null, CaseState.CLUE,
                    clue.origin().summary());
            events.publishEvent(DataChanged.created(CaseRepository.RECORD_TYPE, id.get(), clue.county(),
                    ChangedFields.of(PenaltyCase.class)));
            Outcome outcome = new Outcome(id.get(), Transition.REGISTER_CLUE, null, CaseState.CLUE, 0);
            if (requestKey != null) {
                keys.complete(requestKey, outcome);
            }
            return outcome;
        }));
    }

    /** The case's handlers and its legal office take the handlers' steps; only the legal office the head's. */
    static void authorise(SignedInUser user, PenaltyCase c, CaseProcedure.By by) {
        boolean ofTheAgency = Long.valueOf(c.agencyId()).equals(user.agencyId());
        boolean may = ofTheAgency && (by == CaseProcedure.By.HEAD ? user.hasRole(Role.AGENCY_ADMIN)
                : user.hasRole(Role.AGENCY_ADMIN, Role.OFFICER));
        if (!may) {
            throw new AccessDeniedException("only the case's agency takes its steps; the head's only its legal office");
        }
    }

    static Timeline.Actor actor(SignedInUser user) {
        return new Timeline.Actor(user.getUsername(), user.displayName());
    }

    private void announce(Transition transition, PenaltyCase c, LocalDate today) {
        switch (transition) {
            case FILE -> events.publishEvent(new CaseFiled(c.id(), c.code(), c.county(), c.agencyId(),
                    c.origin().partyId(), c.investigation().itemIds(), today));
            case DECIDE -> {
                Proposal decided = java.util.Objects.requireNonNull(c.decision().decided());
                events.publishEvent(new PenaltyDecided(c.id(), c.code(), c.county(), c.agencyId(),
                        c.origin().partyId(), decided.kind(), List.copyOf(decided.penalties()), decided.fine(),
                        decided.isOutsideBenchmark(), today));
            }
            case CLOSE -> events.publishEvent(new CaseClosed(c.id(), c.code(), c.county(), c.agencyId(), today));
            default -> { }
        }
    }
}
