package org.fazhi.inspection.task;

/**
 * A task's life: awaiting its approvals, approved (its visit code valid in the window), checked in when the
 * enterprise scans the code, concluded with a result. Refused by an approver or by the frequency cap; revoked
 * (the code stops working).
 */
public enum TaskStatus {
    AWAITING_APPROVAL, APPROVED, CHECKED_IN, CONCLUDED, REFUSED, REVOKED;

    public boolean isOpen() {
        return this == AWAITING_APPROVAL || this == APPROVED || this == CHECKED_IN;
    }
}
