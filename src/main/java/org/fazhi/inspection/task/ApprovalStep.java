package org.fazhi.inspection.task;

import org.fazhi.identity.Role;

/**
 * 入企层层审批: who approves an inspection before it happens — the agency's legal office (when configured), the
 * agency head, and the justice bureau for 五上企业 or an inspection over the frequency cap.
 */
public enum ApprovalStep {
    LEGAL_OFFICE(Role.AGENCY_ADMIN), AGENCY_HEAD(Role.AGENCY_ADMIN), JUSTICE_BUREAU(Role.SUPERVISOR);

    private final Role decider;

    ApprovalStep(Role decider) {
        this.decider = decider;
    }

    public Role decider() {
        return decider;
    }
}
