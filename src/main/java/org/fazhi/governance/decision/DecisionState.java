package org.fazhi.governance.decision;

/** Where a major decision stands: planned in the catalogue, decided, or decided and post-evaluated. */
public enum DecisionState {
    /** 目录内，待决策. */ PLANNED,
    /** 已决策. */ DECIDED,
    /** 已后评估. */ EVALUATED
}
