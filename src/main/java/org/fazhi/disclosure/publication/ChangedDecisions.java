package org.fazhi.disclosure.publication;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fazhi.disclosure.DecisionWithdrawals;
import org.fazhi.disclosure.PublicationExpired;
import org.fazhi.disclosure.PublicationWithdrawn;
import org.fazhi.disclosure.WithdrawalOverdue;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.shared.DataChanged;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.WorkdayCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A decision changed or revoked puts its publication on the legal office's list to be withdrawn within 3 working
 * days (国办发〔2018〕118号), whether reconsideration (through {@link DecisionWithdrawals}) or the legal office itself
 * (from the publication's page) records it. Withdrawing, or the publication's expiry, clears it; the watch raises
 * {@link WithdrawalOverdue} once when the day has passed.
 */
@Service
class ChangedDecisions implements DecisionWithdrawals {

    private static final String ARTICLE = "国办发〔2018〕118号";

    private final PublicationRepository publications;
    private final Publications service;
    private final WithdrawalsDue due;
    private final DisclosureProperties rules;
    private final WorkdayCalendar calendar;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    ChangedDecisions(PublicationRepository publications, Publications service, WithdrawalsDue due,
                     DisclosureProperties rules, TransactionTemplate transaction, ApplicationEventPublisher events) {
        this.publications = publications;
        this.service = service;
        this.due = due;
        this.rules = rules;
        this.calendar = WorkdayCalendar.china();
        this.transaction = transaction;
        this.events = events;
    }

    @Override
    public Optional<LocalDate> decisionChanged(long caseId, String reason, LocalDate on) {
        if (reason.isBlank()) {
            throw InvalidInput.of("reason", "disclosure.withdrawal.reason.required");
        }
        Optional<WithdrawalDue> opened = transaction.execute(status -> publications.ofCase(caseId)
                .flatMap(p -> open(p.id(), reason.strip(), on, PublicationWatch.SYSTEM)));
        return opened == null ? Optional.empty() : opened.map(WithdrawalDue::dueOn);
    }

    /** The legal office records that its decision was changed or revoked, from the publication's page. */
    WithdrawalDue recordChange(SignedInUser user, long publicationId, @Nullable String reason,
                               @Nullable LocalDate on) {
        Publication p = service.get(user, publicationId);
        if (!service.isLegalOfficeOf(user, p)) {
            throw new AccessDeniedException("disclosure.publication.legal-office-only");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", "disclosure.withdrawal.reason.required");
        }
        if (on == null || on.isAfter(service.today()) || on.isBefore(p.decision().decidedOn())) {
            throw InvalidInput.of("changedOn", "disclosure.withdrawal.changed-on.invalid");
        }
        return transaction.execute(status -> open(publicationId, reason.strip(), on, user.getUsername()))
                .orElseThrow(() -> new RuleViolation("disclosure.publication.not-withdrawable", ARTICLE));
    }

    /** The open duty of a publication, for its page. */
    Optional<WithdrawalDue> openOf(long publicationId) {
        return due.openOf(publicationId);
    }

    List<WithdrawalDue> open(SignedInUser user) {
        return due.open(user.scope());
    }

    @EventListener
    void on(PublicationWithdrawn withdrawn) {
        due.clear(withdrawn.publicationId());
    }

    @EventListener
    void on(PublicationExpired expired) {
        due.clear(expired.publicationId());
    }

    /** Raises each duty past its day once; called by the watch inside its transaction. */
    int raiseOverdue(LocalDate today) {
        List<WithdrawalDue> overdue = due.overdueNotRaised(today);
        for (WithdrawalDue w : overdue) {
            due.markOverdueRaised(w.id());
            events.publishEvent(new WithdrawalOverdue(w.publicationId(), w.caseId(), w.decisionNumber(), w.county(),
                    w.agencyId(), w.changedOn(), w.dueOn(), w.reason()));
        }
        return overdue.size();
    }

    /** Under the publication's row lock, so a withdrawal in progress is seen; nothing once it is off the portal. */
    private Optional<WithdrawalDue> open(long publicationId, String reason, LocalDate on, String by) {
        Publication p = publications.lock(publicationId);
        if (p.state() != PublicationState.PENDING && p.state() != PublicationState.PUBLISHED) {
            return Optional.empty();
        }
        Optional<WithdrawalDue> existing = due.openOf(publicationId);
        if (existing.isPresent()) {
            return existing;
        }
        WorkdayCalendar.Deadline deadline = calendar.deadlineAfterWorkingDays(on, rules.withdrawWithinWorkingDays());
        long id = due.open(publicationId, p.decision().caseId(), reason, on, deadline, by);
        events.publishEvent(DataChanged.created(WithdrawalsDue.RECORD_TYPE, id, p.decision().county(),
                List.of("reason", "changedOn", "dueOn")));
        return due.openOf(publicationId);
    }
}
