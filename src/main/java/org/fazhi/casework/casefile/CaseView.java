package org.fazhi.casework.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.casework.DecisionKind;
import org.fazhi.casework.DeadlineKind;
import org.fazhi.casework.deadline.LatePayment;
import org.fazhi.casework.evidence.Evidence;
import org.fazhi.casework.procedure.CaseState;
import org.fazhi.casework.procedure.Proposal;
import org.fazhi.casework.procedure.Transition;
import org.fazhi.catalog.PenaltyKind;
import org.jspecify.annotations.Nullable;

/**
 * A case as the REST API shows it: its parts as recorded, amounts in yuan, what is owed today, its deadlines and
 * timeline, and the steps the caller may take next.
 */
public record CaseView(long id, String code, @Nullable String caseNumber, @Nullable String decisionNumber,
                       long agencyId, @Nullable String agencyName, long partyId,
                       @Nullable String partyName, CaseState state, PenaltyCase.Origin origin,
                       PenaltyCase.Investigation investigation, ReviewView review, NoticeView notice,
                       PenaltyCase.Hearing hearing, DecisionView decision, PenaltyCase.Execution execution,
                       AccountView account, List<Evidence> evidence, List<Recusal> recusals,
                       List<Extension> extensions, List<PaymentView> payments, List<RunningDeadline> deadlines,
                       List<Timeline.Entry> timeline, List<Transition> steps, int version) {

    /** A proposal or decision; amounts in yuan ({@code 1234.50}). */
    public record ProposalView(DecisionKind kind, List<PenaltyKind> penalties, String fine, String confiscation,
                               @Nullable String tier, @Nullable Boolean withinBenchmark,
                               @Nullable String outsideReason) {

        static @Nullable ProposalView of(@Nullable Proposal proposal) {
            return proposal == null ? null : new ProposalView(proposal.kind(),
                    proposal.penalties().stream().sorted().toList(), proposal.fine().toYuanString(),
                    proposal.confiscation().toYuanString(), proposal.tier(), proposal.withinBenchmark(),
                    proposal.outsideReason());
        }
    }

    public record ReviewView(@Nullable ProposalView proposed, List<String> benchmarkFindings,
                             @Nullable Instant legalReviewPassedAt, @Nullable String legalReviewer,
                             @Nullable String legalReviewNote, @Nullable LocalDate discussedOn,
                             @Nullable String discussion) {
    }

    public record NoticeView(@Nullable ProposalView notified, @Nullable LocalDate notifiedOn, boolean hearingRights,
                             boolean waived, @Nullable String statement) {
    }

    /** The decision, and for a 首违不罚 what was searched and what was found. */
    public record DecisionView(@Nullable ProposalView decided, @Nullable LocalDate decidedOn, @Nullable String reason,
                               @Nullable LocalDate searchedOn, @Nullable String searchCriteria, List<String> found) {
    }

    /** The fine, the late-payment surcharge accrued today, what was paid, and what is owed, in yuan. */
    public record AccountView(String fine, String surcharge, String paid, String owed) {
    }

    public record PaymentView(LocalDate paidOn, String amount, String recordedBy) {
    }

    /** A row of the case list. */
    public record Row(long id, String code, @Nullable String caseNumber, @Nullable String decisionNumber,
                      long agencyId, long partyId, @Nullable String partyName, CaseState state,
                      SourceKind source, String summary, LocalDate discoveredOn, @Nullable LocalDate filedOn,
                      @Nullable DecisionKind decided, String fine, @Nullable DeadlineKind nextDeadline,
                      @Nullable LocalDate nextDue, boolean nextProvisional) {

        static Row of(CaseSummary c, @Nullable String partyName) {
            return new Row(c.id(), c.code(), c.caseNumber(), c.decisionNumber(), c.agencyId(), c.partyId(), partyName, c.state(), c.source(), c.summary(),
                    c.discoveredOn(), c.filedOn(), c.decided(), c.fine().toYuanString(), c.nextDeadline(), c.nextDue(),
                    c.nextProvisional());
        }
    }

    static CaseView of(PenaltyCase c, IssuedDocumentRepository.CaseNumbers numbers, @Nullable String agencyName, @Nullable String partyName,
                       LatePayment.Account account, List<RunningDeadline> deadlines, List<Timeline.Entry> timeline,
                       List<Transition> steps) {
        PenaltyCase.Review r = c.review();
        PenaltyCase.Notice n = c.notice();
        PenaltyCase.Decision d = c.decision();
        return new CaseView(c.id(), c.code(), numbers.caseNumber(), numbers.decisionNumber(), c.agencyId(), agencyName, c.origin().partyId(), partyName, c.state(),
                c.origin(), c.investigation(), new ReviewView(ProposalView.of(r.proposed()), r.benchmarkFindings(),
                r.legalReviewPassedAt(), r.legalReviewer(), r.legalReviewNote(), r.discussedOn(), r.discussion()),
                new NoticeView(ProposalView.of(n.notified()), n.notifiedOn(), n.hearingRights(), n.waived(),
                        n.statement()), c.hearing(), new DecisionView(ProposalView.of(d.decided()), d.decidedOn(),
                d.reason(), d.searchedOn(), d.searchCriteria(), d.found()), c.execution(),
                new AccountView(account.fine().toYuanString(), account.surcharge().toYuanString(),
                        account.paid().toYuanString(), account.owed().toYuanString()), c.evidence(), c.recusals(),
                c.extensions(), c.payments().stream().map(p -> new PaymentView(p.paidOn(), p.amount().toYuanString(),
                        p.recordedBy())).toList(), deadlines, timeline, steps, c.version());
    }
}
