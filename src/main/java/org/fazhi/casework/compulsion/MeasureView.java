package org.fazhi.casework.compulsion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.casework.casefile.RunningDeadline.Standing;
import org.jspecify.annotations.Nullable;

/**
 * A measure as its page and the API show it: its grounds, officers and list, where its period stands today, the
 * approval, extension and lifting, its timeline, and the acts the caller may take now.
 *
 * @param approvalDue for an urgent measure not yet approved: the moment the head's approval is due (第十九条)
 * @param standing    of its period (or of the urgent approval), null when nothing runs
 */
public record MeasureView(long id, long caseId, String caseCode, long agencyId, MeasureKind kind, MeasureState state,
                          boolean urgent, String reason, String legalBasis, String placeKept, List<Long> officerIds,
                          String officers, List<MeasureItem> items, @Nullable Instant takenAt,
                          CompulsoryMeasure.@Nullable Approval approval, @Nullable Instant approvalDue,
                          CompulsoryMeasure.@Nullable Period period, @Nullable Standing standing,
                          @Nullable String decisionNumber, CompulsoryMeasure.@Nullable Extension extension,
                          CompulsoryMeasure.@Nullable Lifting lifting, @Nullable LocalDate confiscatedOn,
                          @Nullable LocalDate closedOn, List<MeasureTimeline.Entry> timeline, List<MeasureAct> acts,
                          int version) {

    /** A row of the list of open measures and of the case page's section. */
    public record Row(long id, long caseId, String caseCode, long agencyId, MeasureKind kind, MeasureState state,
                      boolean urgent, int items, int returned, @Nullable LocalDate startedOn,
                      @Nullable LocalDate dueOn, boolean extended, @Nullable Instant approvalDue,
                      @Nullable Standing standing) {
    }
}
