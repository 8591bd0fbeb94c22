package org.fazhi.inspection.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.InspectionResult;
import org.fazhi.inspection.frequency.FrequencyVerdict;
import org.fazhi.shared.RegionCode;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * 检查任务: one visit to one party, by one agency or several together (a joint visit), citing published inspection
 * items, by certified inspectors, within a window. It needs every step of its approval chain before the visit
 * (an emergency inspection: afterwards, and it shows as such); its visit code works only while it is approved.
 */
public record InspectionTask(long id, RegionCode county, String code, TaskKind kind, TaskOrigin origin,
                             @Nullable String originNote, @Nullable Long planId, long partyId, long leadAgencyId,
                             List<Long> agencyIds, List<Long> itemIds, LocalDate windowFrom, LocalDate windowTo,
                             boolean emergency, TaskStatus status, FrequencyVerdict.Outcome frequencyOutcome,
                             List<String> frequencyReasons, int codeVersion, @Nullable Instant checkedInAt,
                             @Nullable InspectionResult result, @Nullable LocalDate rectificationDue,
                             @Nullable String resultNote, String createdBy, List<TaskInspector> inspectors,
                             List<Approval> approvals, int version) {

    public InspectionTask {
        agencyIds = List.copyOf(agencyIds);
        itemIds = List.copyOf(itemIds);
        frequencyReasons = List.copyOf(frequencyReasons);
        inspectors = List.copyOf(inspectors);
        approvals = List.copyOf(approvals);
    }

    public boolean isJoint() {
        return agencyIds.size() > 1;
    }

    /** The first undecided step of the chain, if any. */
    public Optional<Approval> pendingApproval() {
        return approvals.stream().filter(approval -> !approval.isDecided()).findFirst();
    }

    /**
     * Whether this user may decide the pending step: the step's role, of the lead agency for agency steps, not the
     * task's author, and not someone who decided an earlier step (two pairs of eyes at each level).
     */
    public void checkDecidableBy(SignedInUser user) {
        if (status != TaskStatus.AWAITING_APPROVAL && !(emergency && status.isOpen())) {
            throw RuleViolation.of("inspection.task.approve.not-pending");
        }
        Approval pending = pendingApproval().orElseThrow(() -> RuleViolation.of("inspection.task.approve.not-pending"));
        boolean rightRole = user.hasRole(pending.step().decider()) && (pending.step() == ApprovalStep.JUSTICE_BUREAU
                || Long.valueOf(leadAgencyId).equals(user.agencyId()));
        if (!rightRole) {
            throw RuleViolation.of("inspection.task.approve.not-yours");
        }
        boolean decidedBefore = approvals.stream().anyMatch(a -> user.getUsername().equals(a.decidedBy()));
        if (createdBy.equals(user.getUsername()) || decidedBefore) {
            throw RuleViolation.of("inspection.task.approve.same-person");
        }
    }

    /** The visit code works from approval until conclusion (an emergency inspection's from its start). */
    public boolean hasValidCode() {
        return status == TaskStatus.APPROVED || status == TaskStatus.CHECKED_IN
                || (emergency && status == TaskStatus.AWAITING_APPROVAL);
    }

    public void checkConcludable(InspectionResult result, @Nullable LocalDate rectificationDue, LocalDate today) {
        if (status != TaskStatus.APPROVED && status != TaskStatus.CHECKED_IN) {
            throw RuleViolation.of("inspection.task.conclude.not-open");
        }
        if (emergency && pendingApproval().isPresent()) {
            throw RuleViolation.of("inspection.task.conclude.emergency-unapproved");
        }
        if (today.isBefore(windowFrom)) {
            throw RuleViolation.of("inspection.task.conclude.before-window", windowFrom);
        }
        if (result == InspectionResult.RECTIFICATION && (rectificationDue == null || !rectificationDue.isAfter(today))) {
            throw RuleViolation.of("inspection.task.conclude.rectification-due");
        }
    }

    public void checkRevocable() {
        if (!status.isOpen()) {
            throw RuleViolation.of("inspection.task.revoke.not-open");
        }
    }
}
