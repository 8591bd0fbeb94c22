package org.fazhi.disputes.reconsideration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

import org.fazhi.disclosure.DecisionWithdrawals;
import org.fazhi.disputes.ReconsiderationDecided;
import org.fazhi.disputes.ReconsiderationOutcome;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.shared.DataChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reconsideration body's work on its cases and what others see of them. The body's staff (RECONSIDERATION) of
 * the county receive applications and take every step; the respondent agency's legal office (AGENCY_ADMIN) reads
 * its own cases and records its answer; supervisors and leaders of the county read. A case outside the caller's
 * scope is not found (404); a reader who may not act is refused (403). A conclusion that changes, revokes or voids a
 * linked penalty case makes its publication due for withdrawal in the same transaction.
 */
@Service
class Reconsiderations {

    private final ReconsiderationRepository repository;
    private final ReconsiderationDeadlines limits;
    private final ApplicationForm.Checks checks;
    private final DecisionWithdrawals withdrawals;
    private final AgencyDirectory agencies;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Reconsiderations(ReconsiderationRepository repository, ReconsiderationDeadlines limits,
                     ApplicationForm.Checks checks, DecisionWithdrawals withdrawals, AgencyDirectory agencies,
                     MessageSource messages, TransactionTemplate transaction, ApplicationEventPublisher events,
                     Clock clock) {
        this.repository = repository;
        this.limits = limits;
        this.checks = checks;
        this.withdrawals = withdrawals;
        this.agencies = agencies;
        this.messages = messages;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    Page<ReconsiderationRepository.Row> search(SignedInUser user, ReconsiderationRepository.Search search,
                                               PageRequest page) {
        requireReader(user);
        return repository.search(user.scope(), search, today(), page);
    }

    /** The case as it stands today: one not examined in time is accepted first (第三十条). */
    ReconsiderationCase get(SignedInUser user, long id) {
        ReconsiderationCase c = visible(user, id);
        if (c.state() == ReconsiderationState.RECEIVED && c.open(DeadlineKind.EXAMINATION)
                .filter(d -> d.dueOn().isBefore(today())).isPresent()) {
            return Objects.requireNonNull(transaction.execute(status -> {
                ReconsiderationCase locked = repository.lock(id);
                return locked.deemAcceptanceBy(today(), limits) ? saved(locked, "state") : locked;
            }));
        }
        return c;
    }

    /** 收到行政复议申请. */
    ReconsiderationCase receive(SignedInUser user, ApplicationForm form) {
        requireBody(user);
        ReconsiderationCase.Application application = checks.check(user, form, today());
        return Objects.requireNonNull(transaction.execute(status -> {
            int year = application.receivedOn().getYear();
            String number = text("disputes.reconsideration.number", Integer.toString(year),
                    String.valueOf(repository.nextSerial(application.county(), year)));
            ReconsiderationCase c = ReconsiderationCase.received(application, number, user.getUsername(), limits);
            long id = repository.insert(c);
            events.publishEvent(DataChanged.created(ReconsiderationRepository.RECORD_TYPE, id,
                    application.county(), List.of("state", "deadlines")));
            return repository.find(id).orElseThrow();
        }));
    }

    ReconsiderationCase accept(SignedInUser user, long id, @Nullable LocalDate on, @Nullable Procedure procedure) {
        LocalDate day = StepInput.pastDay(on, today());
        Procedure chosen = procedure == null ? Procedure.GENERAL : procedure;
        return step(user, id, day, c -> c.accept(day, chosen, limits));
    }

    ReconsiderationCase refuse(SignedInUser user, long id, @Nullable LocalDate on, @Nullable String reason) {
        LocalDate day = StepInput.pastDay(on, today());
        String why = StepInput.required("reason", reason);
        return step(user, id, day, c -> c.refuse(day, why));
    }

    ReconsiderationCase requestCorrection(SignedInUser user, long id, @Nullable LocalDate on, @Nullable String items) {
        LocalDate day = StepInput.pastDay(on, today());
        String what = StepInput.required("items", items);
        return step(user, id, day, c -> c.requestCorrection(day, what, limits));
    }

    ReconsiderationCase corrected(SignedInUser user, long id, @Nullable LocalDate on) {
        LocalDate day = StepInput.pastDay(on, today());
        return step(user, id, day, c -> c.corrected(day, limits));
    }

    ReconsiderationCase abandon(SignedInUser user, long id, @Nullable LocalDate on) {
        LocalDate day = StepInput.pastDay(on, today());
        return step(user, id, day, c -> c.abandon(day));
    }

    ReconsiderationCase sendCopy(SignedInUser user, long id, @Nullable LocalDate on) {
        LocalDate day = StepInput.pastDay(on, today());
        return step(user, id, day, c -> c.sendCopy(day, limits));
    }

    /** 答复: the body's staff, or the respondent agency's own legal office. */
    ReconsiderationCase recordAnswer(SignedInUser user, long id, @Nullable LocalDate on, @Nullable String evidence) {
        LocalDate day = StepInput.pastDay(on, today());
        String what = StepInput.required("evidence", evidence);
        ReconsiderationCase seen = visible(user, id);
        if (!mayAct(user) && !isRespondent(user, seen)) {
            throw new AccessDeniedException("disputes.reconsideration.body-only");
        }
        return change(id, day, c -> c.recordAnswer(day, what));
    }

    ReconsiderationCase hear(SignedInUser user, long id, @Nullable HearingMode mode, @Nullable LocalDate on,
                             @Nullable LocalDate noticeOn) {
        HearingMode chosen = StepInput.chosen("mode", mode);
        LocalDate day = StepInput.requiredDay("on", on);
        return step(user, id, today(), c -> c.hear(chosen, day, noticeOn, limits));
    }

    ReconsiderationCase convertToGeneral(SignedInUser user, long id) {
        return step(user, id, today(), c -> c.convertToGeneral(limits));
    }

    ReconsiderationCase extend(SignedInUser user, long id, @Nullable LocalDate on, @Nullable String approvedBy) {
        LocalDate day = StepInput.pastDay(on, today());
        String head = StepInput.required("approvedBy", approvedBy);
        return step(user, id, day, c -> c.extend(day, head, limits));
    }

    ReconsiderationCase mediate(SignedInUser user, long id, @Nullable LocalDate on, @Nullable String statement) {
        LocalDate day = StepInput.pastDay(on, today());
        String text = StepInput.required("note", statement);
        return concluded(user, id, day, c -> c.mediate(day, text));
    }

    ReconsiderationCase settle(SignedInUser user, long id, @Nullable LocalDate on, @Nullable String terms) {
        LocalDate day = StepInput.pastDay(on, today());
        String text = StepInput.required("note", terms);
        return concluded(user, id, day, c -> c.settle(day, text));
    }

    ReconsiderationCase decide(SignedInUser user, long id, @Nullable ReconsiderationOutcome kind,
                               @Nullable LocalDate on, @Nullable String reasons) {
        ReconsiderationOutcome chosen = StepInput.chosen("kind", kind);
        LocalDate day = StepInput.pastDay(on, today());
        String text = StepInput.required("note", reasons);
        return concluded(user, id, day, c -> c.decide(chosen, day, text));
    }

    /** Whether the user takes the body's steps: its staff (the service's scope check keeps them in their county). */
    boolean mayAct(SignedInUser user) {
        return user.hasRole(Role.RECONSIDERATION);
    }

    /** The respondent agency's legal office, which answers. */
    boolean isRespondent(SignedInUser user, ReconsiderationCase c) {
        return user.hasRole(Role.AGENCY_ADMIN) && Objects.equals(user.agencyId(), c.application().agencyId());
    }

    /** The steps this user may take on the case now (none for a reader). */
    List<ReconsiderationStep> stepsFor(SignedInUser user, ReconsiderationCase c) {
        return List.copyOf(ReconsiderationStep.open(c, mayAct(user), isRespondent(user, c)));
    }

    String agencyName(long agencyId) {
        return agencies.nameOf(agencyId).orElse(Long.toString(agencyId));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private ReconsiderationCase concluded(SignedInUser user, long id, LocalDate day,
                                          Consumer<ReconsiderationCase> conclusion) {
        return step(user, id, day, conclusion.andThen(this::announce));
    }

    /** Within the concluding transaction: the withdrawal of a changed penalty, and the public event. */
    private void announce(ReconsiderationCase c) {
        ReconsiderationCase.Application a = c.application();
        ReconsiderationOutcome outcome = Objects.requireNonNull(c.progress().outcome());
        LocalDate on = Objects.requireNonNull(c.progress().concludedOn());
        if (a.caseId() != null && outcome.withdrawsPublication()) {
            withdrawals.decisionChanged(a.caseId(), text("disputes.reconsideration.withdrawal-reason",
                    text("disputes.reconsideration.outcome." + outcome), c.number()), on);
        }
        events.publishEvent(new ReconsiderationDecided(c.id(), c.number(), a.county(), a.agencyId(), a.caseId(),
                outcome, on));
    }

    private ReconsiderationCase step(SignedInUser user, long id, LocalDate day,
                                     Consumer<ReconsiderationCase> change) {
        visible(user, id);
        if (!mayAct(user)) {
            throw new AccessDeniedException("disputes.reconsideration.body-only");
        }
        return change(id, day, change);
    }

    /**
     * Takes a step on {@code day}: an application whose examination ended before that day is accepted first, so a
     * step recorded later for an earlier day (the day it was taken) sees the case as it stood then.
     */
    private ReconsiderationCase change(long id, LocalDate day, Consumer<ReconsiderationCase> change) {
        return Objects.requireNonNull(transaction.execute(status -> {
            ReconsiderationCase c = repository.lock(id);
            c.deemAcceptanceBy(day, limits);
            change.accept(c);
            return saved(c, "state", "deadlines");
        }));
    }

    private ReconsiderationCase saved(ReconsiderationCase c, String... fields) {
        repository.save(c);
        events.publishEvent(DataChanged.updated(ReconsiderationRepository.RECORD_TYPE, c.id(),
                c.application().county(), List.of(fields)));
        return repository.find(c.id()).orElseThrow();
    }

    private ReconsiderationCase visible(SignedInUser user, long id) {
        requireReader(user);
        return repository.find(id)
                .filter(c -> user.scope().covers(c.application().county(), c.application().agencyId()))
                .orElseThrow(() -> new NotFound(ReconsiderationRepository.RECORD_TYPE, id));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, Locale.SIMPLIFIED_CHINESE);
    }

    private static void requireBody(SignedInUser user) {
        if (!user.hasRole(Role.RECONSIDERATION)) {
            throw new AccessDeniedException("disputes.reconsideration.body-only");
        }
    }

    private static void requireReader(SignedInUser user) {
        if (!user.hasRole(Role.RECONSIDERATION, Role.SUPERVISOR, Role.LEADER, Role.AGENCY_ADMIN)) {
            throw new AccessDeniedException("disputes.reconsideration.readers-only");
        }
    }
}
