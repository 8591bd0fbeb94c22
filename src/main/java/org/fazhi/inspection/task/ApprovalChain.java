package org.fazhi.inspection.task;

import java.util.ArrayList;
import java.util.List;

import org.fazhi.inspection.InspectionProperties;
import org.fazhi.inspection.frequency.FrequencyVerdict;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * 入企层层审批: the steps an inspection needs — the legal office first when the county says so, always the agency
 * head, and the justice bureau for a 五上企业 (when configured) or an inspection over the frequency cap, with the
 * reason the step is there.
 */
@Component
public class ApprovalChain {

    private final InspectionProperties rules;

    ApprovalChain(InspectionProperties rules) {
        this.rules = rules;
    }

    public List<Approval> steps(boolean fiveAbove, FrequencyVerdict verdict) {
        List<Approval> steps = new ArrayList<>();
        if (rules.legalOfficeFirst()) {
            steps.add(step(steps.size(), ApprovalStep.LEGAL_OFFICE, null));
        }
        steps.add(step(steps.size(), ApprovalStep.AGENCY_HEAD, null));
        if (verdict.outcome() == FrequencyVerdict.Outcome.ESCALATE) {
            steps.add(step(steps.size(), ApprovalStep.JUSTICE_BUREAU, String.join("；", verdict.reasons())));
        } else if (fiveAbove && rules.bureauApprovesFiveAbove()) {
            steps.add(step(steps.size(), ApprovalStep.JUSTICE_BUREAU, "五上企业"));
        }
        return steps;
    }

    private static Approval step(int position, ApprovalStep step, @Nullable String reason) {
        return new Approval(position, step, reason, null, null, null, null);
    }
}
