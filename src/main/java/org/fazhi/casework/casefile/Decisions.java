package org.fazhi.casework.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.casework.DecisionKind;
import org.fazhi.casework.casefile.CaseSteps.Request;
import org.fazhi.casework.deadline.CaseDeadlines;
import org.fazhi.casework.procedure.Proposal;
import org.fazhi.casework.procedure.Transition;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * A case from the decision to the archive, in the county's words: the head decides, the decision is delivered, the
 * fine is paid (perhaps late, with the surcharge; perhaps by an approved plan), the party is reminded and the court
 * applied to, the case is closed and archived. Each step goes through {@link CaseSteps}.
 */
@Service
public class Decisions {

    private final CaseSteps steps;
    private final Proposals proposals;
    private final EarlierViolations earlier;
    private final CaseFactsReader facts;
    private final CaseDeadlines deadlines;

    Decisions(CaseSteps steps, Proposals proposals, EarlierViolations earlier, CaseFactsReader facts,
              CaseDeadlines deadlines) {
        this.steps = steps;
        this.proposals = proposals;
        this.earlier = earlier;
        this.facts = facts;
        this.deadlines = deadlines;
    }

    /**
     * 决定 by the head: the decision weighed against the benchmark; a 首违不罚 searches the county's records for an
     * earlier violation of the same kind first, and the case keeps what was searched and found.
     */
    public Outcome decide(SignedInUser user, long id, Request request, ProposalForm form) {
        String reason = Input.text("reason", form.reason());
        return steps.take(user, id, request, Transition.DECIDE, (c, today) -> {
            Proposals.Weighed weighed = proposals.weigh(c, form, today);
            EarlierViolations.Search search = weighed.proposal().kind() == DecisionKind.FIRST_OFFENCE_WAIVED
                    ? earlier.of(c) : null;
            PenaltyCase.Review r = c.review();
            return c.with(new PenaltyCase.Review(r.proposed(), weighed.findings(), r.legalReviewPassedAt(),
                            r.legalReviewer(), r.legalReviewNote(), r.discussedOn(), r.discussion()))
                    .with(new PenaltyCase.Decision(weighed.proposal(), today, reason,
                            search == null ? null : today, search == null ? null : search.criteria(),
                            search == null ? List.of() : search.found()));
        }, reason);
    }

    /** 送达: from today the party has its days to pay (第六十七条). */
    public Outcome deliver(SignedInUser user, long id, Request request) {
        return steps.take(user, id, request, Transition.DELIVER, (c, today) -> {
            Proposal decided = c.decision().decided();
            LocalDate due = decided == null || decided.fine().isZero() ? null : deadlines.payment(today).date();
            return c.with(new PenaltyCase.Execution(today, due, null, null, null, null, null));
        }, null);
    }

    /** 缴款, never more than is owed with the surcharge up to the day. */
    public Outcome recordPayment(SignedInUser user, long id, Request request, @Nullable BigDecimal yuan,
                                 @Nullable LocalDate paidOn) {
        Money amount = Input.yuan("amount", yuan);
        LocalDate day = paidOn == null ? steps.today() : paidOn;
        if (amount.isZero()) {
            throw InvalidInput.of("amount", "casework.input.required");
        }
        if (day.isAfter(steps.today())) {
            throw InvalidInput.of("paidOn", "casework.input.future");
        }
        return steps.take(user, id, request, Transition.RECORD_PAYMENT, (c, today) -> {
            Money owed = facts.account(c, today).owed();
            if (amount.isGreaterThan(owed)) {
                throw InvalidInput.of("amount", "casework.payment.too-much", owed.display());
            }
            return c.withPayment(new Payment(0, day, amount, user.getUsername()));
        }, amount.display());
    }

    /** 延期或分期缴纳 (第六十六条), approved by the head: the new last day, and the plan in words. */
    public Outcome approvePaymentPlan(SignedInUser user, long id, Request request, @Nullable LocalDate due,
                                      @Nullable String plan) {
        String text = Input.text("plan", plan);
        if (due == null || !due.isAfter(steps.today())) {
            throw InvalidInput.of("due", "casework.payment.plan.due");
        }
        return steps.take(user, id, request, Transition.APPROVE_PAYMENT_PLAN, (c, today) -> c.with(execution(c, due,
                text, c.execution().reminderDeliveredOn(), c.execution().courtAppliedOn())), text);
    }

    /** 催告 (行政强制法第三十五条): the day the reminder was delivered. */
    public Outcome sendReminder(SignedInUser user, long id, Request request, @Nullable LocalDate deliveredOn) {
        LocalDate day = deliveredOn == null ? steps.today() : deliveredOn;
        if (day.isAfter(steps.today())) {
            throw InvalidInput.of("deliveredOn", "casework.input.future");
        }
        return steps.take(user, id, request, Transition.SEND_REMINDER, (c, today) -> c.with(execution(c,
                c.execution().paymentDue(), c.execution().paymentPlan(), day, null)), null);
    }

    /** 申请人民法院强制执行 (行政强制法第五十三条). */
    public Outcome applyToCourt(SignedInUser user, long id, Request request) {
        return steps.take(user, id, request, Transition.APPLY_TO_COURT, (c, today) -> c.with(execution(c,
                c.execution().paymentDue(), c.execution().paymentPlan(), c.execution().reminderDeliveredOn(), today)),
                null);
    }

    public Outcome close(SignedInUser user, long id, Request request, @Nullable String note) {
        return steps.take(user, id, request, Transition.CLOSE, (c, today) -> {
            PenaltyCase.Execution e = c.execution();
            return c.with(new PenaltyCase.Execution(e.deliveredOn(), e.paymentDue(), e.paymentPlan(),
                    e.reminderDeliveredOn(), e.courtAppliedOn(), today, null));
        }, Input.optional(note));
    }

    public Outcome archive(SignedInUser user, long id, Request request) {
        return steps.take(user, id, request, Transition.ARCHIVE, (c, today) -> {
            PenaltyCase.Execution e = c.execution();
            return c.with(new PenaltyCase.Execution(e.deliveredOn(), e.paymentDue(), e.paymentPlan(),
                    e.reminderDeliveredOn(), e.courtAppliedOn(), e.closedOn(), today));
        }, null);
    }

    private static PenaltyCase.Execution execution(PenaltyCase c, @Nullable LocalDate due, @Nullable String plan,
                                                   @Nullable LocalDate reminder, @Nullable LocalDate court) {
        return new PenaltyCase.Execution(c.execution().deliveredOn(), due, plan, reminder, court, null, null);
    }
}
