package org.fazhi.casework.generation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.casework.DeadlineKind;
import org.fazhi.casework.DecisionKind;
import org.fazhi.casework.casefile.SourceKind;
import org.fazhi.casework.evidence.EvidenceKind;
import org.fazhi.casework.procedure.CaseState;
import org.fazhi.casework.procedure.Transition;
import org.fazhi.entities.PartyKind;
import org.jspecify.annotations.Nullable;

/**
 * One generated case as its steps left it: the columns of {@code casework.penalty_case} and the rows that hang off
 * it (proposals, evidence, extensions, payments, deadlines, the timeline; the on-the-spot part of a simple-procedure
 * case; the measures on property). Filled by {@link CaseLife} or {@link SpotLife} and {@link MeasureLife}, written by
 * {@link CaseRows}; mutable, as it is built step after step.
 */
final class CaseDraft {

    record Event(OffsetDateTime at, String username, String displayName, Transition transition,
                 @Nullable CaseState from, CaseState to, @Nullable String detail) {
    }

    record Proposal(String stage, DecisionKind kind, long fineFen, boolean hearingPenalty) {
    }

    record Evidence(EvidenceKind kind, String title, LocalDate collectedOn, String recordedBy, OffsetDateTime at) {
    }

    record Extension(int days, String reason, String approvedBy, LocalDate approvedOn) {
    }

    record Payment(LocalDate paidOn, long fen, String recordedBy) {
    }

    record Deadline(DeadlineKind kind, LocalDate startedOn, LocalDate dueOn, boolean provisional,
                    @Nullable LocalDate metOn) {
    }

    /** The row of {@code casework.on_the_spot} (简易程序). */
    record Spot(PartyKind partyKind, String place, @Nullable String statement, boolean waived, boolean collected,
                @Nullable String receiptNumber, LocalDate reportDue, @Nullable LocalDate reportedOn,
                @Nullable String reportedBy) {
    }

    long id;
    @Nullable String code;
    @Nullable OffsetDateTime createdAt;
    final long agencyId;
    final SourceKind source;
    final @Nullable String reference;
    final @Nullable Long taskId;
    final List<Long> sourceItemIds;
    final long partyId;
    final String summary;
    final LocalDate discoveredOn;
    CaseState state = CaseState.CLUE;
    /** GENERAL, or SIMPLE for a decision on the spot. */
    String procedure = "GENERAL";
    @Nullable Spot spot;
    int version;
    List<Long> itemIds = List.of();
    List<String> itemCodes = List.of();
    List<Long> handlerIds = List.of();
    @Nullable String facts;
    @Nullable LocalDate violationOn;
    @Nullable LocalDate filedOn;
    @Nullable String declineReason;
    boolean majorPublicInterest;
    @Nullable OffsetDateTime legalReviewPassedAt;
    @Nullable String legalReviewer;
    @Nullable String legalReviewNote;
    @Nullable LocalDate notifiedOn;
    boolean hearingRights;
    boolean rightsWaived;
    @Nullable String statement;
    boolean hearingRequested;
    @Nullable LocalDate hearingNoticeOn;
    @Nullable LocalDate hearingOn;
    @Nullable Long hearingChair;
    @Nullable OffsetDateTime hearingHeldAt;
    @Nullable String hearingRecord;
    @Nullable LocalDate decidedOn;
    @Nullable String decisionReason;
    @Nullable LocalDate firstOffenceSearchedOn;
    @Nullable String firstOffenceCriteria;
    @Nullable LocalDate deliveredOn;
    @Nullable LocalDate paymentDue;
    @Nullable String paymentPlan;
    @Nullable LocalDate reminderDeliveredOn;
    @Nullable LocalDate courtAppliedOn;
    @Nullable LocalDate closedOn;
    @Nullable LocalDate archivedOn;
    final List<Event> events = new ArrayList<>();
    final List<Proposal> proposals = new ArrayList<>();
    final List<Evidence> evidence = new ArrayList<>();
    final List<Extension> extensions = new ArrayList<>();
    final List<Payment> payments = new ArrayList<>();
    final List<Deadline> deadlines = new ArrayList<>();
    final List<MeasureDraft> measures = new ArrayList<>();

    CaseDraft(long agencyId, SourceKind source, @Nullable String reference, @Nullable Long taskId,
              List<Long> sourceItemIds, long partyId, String summary, LocalDate discoveredOn) {
        this.agencyId = agencyId;
        this.source = source;
        this.reference = reference;
        this.taskId = taskId;
        this.sourceItemIds = List.copyOf(sourceItemIds);
        this.partyId = partyId;
        this.summary = summary;
        this.discoveredOn = discoveredOn;
    }

    int extensionDays() {
        return extensions.stream().mapToInt(Extension::days).sum();
    }

    /** The kind of the decision made, if one was. */
    @Nullable DecisionKind decided() {
        return proposals.stream().filter(p -> p.stage().equals("DECIDED")).map(Proposal::kind).findFirst()
                .orElse(null);
    }
}
