package org.fazhi.governance.normative;

/** The drafting agency's 公平竞争审查结论. */
public enum FairCompetitionConclusion {
    /** 符合公平竞争审查标准. */ COMPLIANT,
    /** 不涉及市场主体经济活动. */ NOT_APPLICABLE,
    /** 不符合: back to the drafters. */ NON_COMPLIANT;

    public boolean passes() {
        return this != NON_COMPLIANT;
    }
}
