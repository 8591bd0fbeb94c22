package org.fazhi.governance.decision;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which procedures a major decision needs before it is decided ({@code fazhi.governance.decision.required-steps}):
 * all five by default (重大行政决策程序暂行条例); a county may drop those its rules leave to the case, but
 * 合法性审查 and 集体讨论决定 are always required (第二十五条、第三十条).
 */
@ConfigurationProperties("fazhi.governance.decision")
public record DecisionProperties(
        @DefaultValue({"PUBLIC_PARTICIPATION", "EXPERT_ARGUMENTATION", "RISK_ASSESSMENT", "LEGALITY_REVIEW",
                "COLLECTIVE_DISCUSSION"}) List<DecisionStepKind> requiredSteps) {

    /** The configured steps with the two the law always requires. */
    public Set<DecisionStepKind> required() {
        Set<DecisionStepKind> steps = EnumSet.of(DecisionStepKind.LEGALITY_REVIEW,
                DecisionStepKind.COLLECTIVE_DISCUSSION);
        steps.addAll(requiredSteps);
        return steps;
    }
}
