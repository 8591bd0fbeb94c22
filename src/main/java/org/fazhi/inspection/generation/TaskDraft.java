package org.fazhi.inspection.generation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.catalog.CheckPoint;
import org.fazhi.inspection.InspectionResult;
import org.fazhi.inspection.checklist.CheckOutcome;
import org.fazhi.inspection.frequency.FrequencyVerdict;
import org.fazhi.inspection.task.Approval;
import org.fazhi.inspection.task.TaskInspector;
import org.fazhi.inspection.task.TaskKind;
import org.fazhi.inspection.task.TaskOrigin;
import org.fazhi.inspection.task.TaskStatus;
import org.jspecify.annotations.Nullable;

/**
 * One generated task: what was asked for (fixed when it is made) and what then happened to it, filled in step by
 * step by the frequency check and the task's life, until it is written. Mutable because it is built in stages;
 * it never leaves the generation package.
 */
final class TaskDraft {

    /** A scan of the task's visit code. */
    record Scan(String outcome, OffsetDateTime at) {
    }

    /** What the inspectors recorded at one check point of the task's form. */
    record Check(long itemId, long agencyId, CheckPoint point, CheckOutcome outcome, @Nullable String note,
                 boolean cited, String recordedBy, OffsetDateTime at) {
    }

    /** The enterprise's rating of the visit (企业评价执法). */
    record Rating(int conduct, int professionalism, int burden, @Nullable String comment, OffsetDateTime at) {
    }

    /** The enterprise's complaint about the visit and the justice bureau's answer, if given yet. */
    record Complaint(String text, OffsetDateTime at, @Nullable String answer, @Nullable String answeredBy,
                     @Nullable OffsetDateTime answeredAt) {
    }

    final TaskKind kind;
    final TaskOrigin origin;
    final String originNote;
    final @Nullable Long planId;
    final long partyId;
    final long leadAgencyId;
    final List<Long> agencyIds;
    final List<Long> itemIds;
    final LocalDate windowFrom;
    final LocalDate windowTo;
    final List<TaskInspector> inspectors;
    final String createdBy;
    final OffsetDateTime createdAt;

    long id;
    FrequencyVerdict verdict = new FrequencyVerdict(FrequencyVerdict.Outcome.ALLOWED, List.of(), 0, 0);
    TaskStatus status = TaskStatus.AWAITING_APPROVAL;
    List<Approval> approvals = List.of();
    int codeVersion = 1;
    int version;
    @Nullable OffsetDateTime checkedInAt;
    @Nullable InspectionResult result;
    @Nullable LocalDate rectificationDue;
    @Nullable String resultNote;
    @Nullable OffsetDateTime concludedAt;
    final List<Scan> scans = new ArrayList<>();
    final List<Check> checks = new ArrayList<>();
    @Nullable Rating rating;
    @Nullable Complaint complaint;

    TaskDraft(TaskKind kind, TaskOrigin origin, String originNote, @Nullable Long planId, long partyId,
              long leadAgencyId, List<Long> agencyIds, List<Long> itemIds, LocalDate windowFrom, LocalDate windowTo,
              List<TaskInspector> inspectors, String createdBy, OffsetDateTime createdAt) {
        this.kind = kind;
        this.origin = origin;
        this.originNote = originNote;
        this.planId = planId;
        this.partyId = partyId;
        this.leadAgencyId = leadAgencyId;
        this.agencyIds = List.copyOf(agencyIds);
        this.itemIds = List.copyOf(itemIds);
        this.windowFrom = windowFrom;
        this.windowTo = windowTo;
        this.inspectors = List.copyOf(inspectors);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    boolean isJoint() {
        return agencyIds.size() > 1;
    }

    /** Refused and revoked tasks are not visits: the frequency rules do not count them. */
    boolean counts() {
        return status != TaskStatus.REFUSED && status != TaskStatus.REVOKED;
    }
}
