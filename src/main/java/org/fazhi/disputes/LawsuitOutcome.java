package org.fazhi.disputes;

/**
 * How an administrative lawsuit ended for the defendant agency (行政诉讼法 第六十九条至第七十八条, 第六十二条, 第六十条).
 * An appeal's outcome is recorded as its result for the agency: an appeal dismissed that leaves a first-instance
 * revocation standing is {@link #REVOKED}. Which outcomes count as lost (败诉) is the county's setting, not this enum's.
 */
public enum LawsuitOutcome {
    /** 判决驳回原告诉讼请求 (第六十九条). */ CLAIMS_DISMISSED,
    /** 裁定驳回起诉 or 不予立案 after service. */ SUIT_REJECTED,
    /** 判决撤销或者部分撤销 (第七十条). */ REVOKED,
    /** 判决变更 (第七十七条). */ CHANGED,
    /** 判决确认违法 (第七十四条). */ DECLARED_UNLAWFUL,
    /** 判决确认无效 (第七十五条). */ DECLARED_VOID,
    /** 判决责令履行 (第七十二条). */ ORDERED_TO_PERFORM,
    /** 判决给付或者赔偿 (第七十三条, 第七十六条). */ PAYMENT,
    /** 被告改变行政行为后原告撤诉 (第六十二条). */ WITHDRAWN_AFTER_CHANGE,
    /** 原告撤诉 (other reasons). */ WITHDRAWN,
    /** 调解结案 (第六十条: compensation and discretionary matters). */ MEDIATED;

    /** A judgment or ruling of the court, not a withdrawal or a mediation. */
    public boolean isJudgment() {
        return this != WITHDRAWN_AFTER_CHANGE && this != WITHDRAWN && this != MEDIATED;
    }
}
