package org.fazhi.casework.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.casework.evidence.Evidence;
import org.fazhi.casework.procedure.CaseState;
import org.fazhi.casework.procedure.Proposal;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * 行政处罚案件: a clue registered against a party, filed by an agency and handled by two of its officers,
 * investigated, reviewed, notified, perhaps heard, decided, delivered, carried out, closed and archived. Each step
 * of {@link org.fazhi.casework.procedure.CaseProcedure} changes one part of it; the methods below say what each
 * step records, and the procedure decides whether it may. The children (evidence, recusals, extensions, payments)
 * are only ever added to, or decided.
 */
public record PenaltyCase(long id, RegionCode county, long agencyId, String code, CaseState state, Origin origin,
                          Investigation investigation, Review review, Notice notice, Hearing hearing,
                          Decision decision, Execution execution, List<Evidence> evidence, List<Recusal> recusals,
                          List<Extension> extensions, List<Payment> payments, String createdBy, int version) {

    public PenaltyCase {
        evidence = List.copyOf(evidence);
        recusals = List.copyOf(recusals);
        extensions = List.copyOf(extensions);
        payments = List.copyOf(payments);
    }

    /** 线索: its source (an inspection task's code, a complaint's number), the party, what is alleged, when found. */
    public record Origin(SourceKind kind, @Nullable String reference, @Nullable Long taskId, List<Long> itemIds,
                         long partyId, String summary, LocalDate discoveredOn) {

        public Origin {
            itemIds = List.copyOf(itemIds);
        }
    }

    /** 立案 and 调查: the penalty items, the handlers, the facts, the day of the act, the case's weight. */
    public record Investigation(List<Long> itemIds, List<String> itemCodes, List<Long> handlerIds,
                                @Nullable String facts, @Nullable LocalDate violationOn, boolean extendedTimeBar,
                                @Nullable LocalDate filedOn, @Nullable String declineReason,
                                boolean majorPublicInterest, boolean complex, boolean majorViolation) {

        public Investigation {
            itemIds = List.copyOf(itemIds);
            itemCodes = List.copyOf(itemCodes);
            handlerIds = List.copyOf(handlerIds);
        }

        static Investigation none() {
            return new Investigation(List.of(), List.of(), List.of(), null, null, false, null, null, false, false,
                    false);
        }
    }

    /** 审查: the proposed decision and its benchmark findings; 法制审核; 集体讨论. */
    public record Review(@Nullable Proposal proposed, List<String> benchmarkFindings,
                         @Nullable Instant legalReviewPassedAt, @Nullable String legalReviewer,
                         @Nullable String legalReviewNote, @Nullable LocalDate discussedOn,
                         @Nullable String discussion) {

        public Review {
            benchmarkFindings = List.copyOf(benchmarkFindings);
        }

        static Review none() {
            return new Review(null, List.of(), null, null, null, null, null);
        }
    }

    /** 告知: the decision as notified, whether it carries hearing rights; the party's statement or waiver. */
    public record Notice(@Nullable Proposal notified, @Nullable LocalDate notifiedOn, boolean hearingRights,
                         boolean waived, @Nullable String statement) {

        static Notice none() {
            return new Notice(null, null, false, false, null);
        }
    }

    /** 听证: asked for, notified for a day, chaired by an officer who did not investigate, held, recorded. */
    public record Hearing(boolean requested, @Nullable LocalDate noticeOn, @Nullable LocalDate scheduledOn,
                          @Nullable Long chair, @Nullable Instant heldAt, @Nullable String record) {

        static Hearing none() {
            return new Hearing(false, null, null, null, null, null);
        }
    }

    /** 决定, with the search for earlier violations when it waives a first offence (what was searched, found). */
    public record Decision(@Nullable Proposal decided, @Nullable LocalDate decidedOn, @Nullable String reason,
                           @Nullable LocalDate searchedOn, @Nullable String searchCriteria, List<String> found) {

        public Decision {
            found = List.copyOf(found);
        }

        static Decision none() {
            return new Decision(null, null, null, null, null, List.of());
        }
    }

    /** 送达 and 执行 (payment due, an approved plan, 催告, the court), 结案, 归档. */
    public record Execution(@Nullable LocalDate deliveredOn, @Nullable LocalDate paymentDue,
                            @Nullable String paymentPlan, @Nullable LocalDate reminderDeliveredOn,
                            @Nullable LocalDate courtAppliedOn, @Nullable LocalDate closedOn,
                            @Nullable LocalDate archivedOn) {

        static Execution none() {
            return new Execution(null, null, null, null, null, null, null);
        }
    }

    /** A new clue, not stored yet. */
    static PenaltyCase clue(RegionCode county, long agencyId, Origin origin, String createdBy) {
        return new PenaltyCase(0, county, agencyId, "", CaseState.CLUE, origin, Investigation.none(), Review.none(),
                Notice.none(), Hearing.none(), Decision.none(), Execution.none(), List.of(), List.of(), List.of(),
                List.of(), createdBy, 0);
    }

    public PenaltyCase in(CaseState to) {
        return new PenaltyCase(id, county, agencyId, code, to, origin, investigation, review, notice, hearing, decision,
                execution, evidence, recusals, extensions, payments, createdBy, version);
    }

    public PenaltyCase with(Investigation changed) {
        return new PenaltyCase(id, county, agencyId, code, state, origin, changed, review, notice, hearing, decision,
                execution, evidence, recusals, extensions, payments, createdBy, version);
    }

    public PenaltyCase with(Review changed) {
        return new PenaltyCase(id, county, agencyId, code, state, origin, investigation, changed, notice, hearing,
                decision, execution, evidence, recusals, extensions, payments, createdBy, version);
    }

    public PenaltyCase with(Notice changed) {
        return new PenaltyCase(id, county, agencyId, code, state, origin, investigation, review, changed, hearing,
                decision, execution, evidence, recusals, extensions, payments, createdBy, version);
    }

    public PenaltyCase with(Hearing changed) {
        return new PenaltyCase(id, county, agencyId, code, state, origin, investigation, review, notice, changed,
                decision, execution, evidence, recusals, extensions, payments, createdBy, version);
    }

    public PenaltyCase with(Decision changed) {
        return new PenaltyCase(id, county, agencyId, code, state, origin, investigation, review, notice, hearing,
                changed, execution, evidence, recusals, extensions, payments, createdBy, version);
    }

    public PenaltyCase with(Execution changed) {
        return new PenaltyCase(id, county, agencyId, code, state, origin, investigation, review, notice, hearing,
                decision, changed, evidence, recusals, extensions, payments, createdBy, version);
    }

    public PenaltyCase withEvidence(Evidence added) {
        return new PenaltyCase(id, county, agencyId, code, state, origin, investigation, review, notice, hearing,
                decision, execution, plus(evidence, added), recusals, extensions, payments, createdBy, version);
    }

    public PenaltyCase withRecusals(List<Recusal> changed) {
        return new PenaltyCase(id, county, agencyId, code, state, origin, investigation, review, notice, hearing,
                decision, execution, evidence, changed, extensions, payments, createdBy, version);
    }

    public PenaltyCase withExtension(Extension added) {
        return new PenaltyCase(id, county, agencyId, code, state, origin, investigation, review, notice, hearing,
                decision, execution, evidence, recusals, plus(extensions, added), payments, createdBy, version);
    }

    public PenaltyCase withPayment(Payment added) {
        return new PenaltyCase(id, county, agencyId, code, state, origin, investigation, review, notice, hearing,
                decision, execution, evidence, recusals, extensions, plus(payments, added), createdBy, version);
    }

    /** Back to the investigation: what was reviewed, notified and heard is void and done again (补充调查). */
    public PenaltyCase reopened() {
        Review kept = new Review(review.proposed(), review.benchmarkFindings(), null, null, null,
                review.discussedOn(), review.discussion());
        return with(kept).with(Notice.none()).with(Hearing.none());
    }

    /** The officers kept out of the case by a pending or upheld recusal. */
    public List<Long> recusedOfficers() {
        return recusals.stream().filter(Recusal::keepsOut).map(Recusal::officerId).distinct().toList();
    }

    public int extensionDays() {
        return extensions.stream().mapToInt(Extension::days).sum();
    }

    /** The decision when taken, else the proposal: what the rules weigh. */
    public @Nullable Proposal currentProposal() {
        return decision.decided() != null ? decision.decided() : review.proposed();
    }

    private static <T> List<T> plus(List<T> list, T added) {
        List<T> longer = new ArrayList<>(list);
        longer.add(added);
        return longer;
    }
}
