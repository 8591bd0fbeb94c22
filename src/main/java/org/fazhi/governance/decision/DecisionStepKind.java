package org.fazhi.governance.decision;

/** The five statutory procedures of a major decision, in their usual order. */
public enum DecisionStepKind {
    /** 公众参与. */ PUBLIC_PARTICIPATION,
    /** 专家论证. */ EXPERT_ARGUMENTATION,
    /** 风险评估. */ RISK_ASSESSMENT,
    /** 合法性审查 (always required; the justice bureau's). */ LEGALITY_REVIEW,
    /** 集体讨论决定 (always required). */ COLLECTIVE_DISCUSSION
}
