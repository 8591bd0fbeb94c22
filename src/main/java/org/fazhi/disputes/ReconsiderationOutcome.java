package org.fazhi.disputes;

/**
 * How an accepted reconsideration case ended (行政复议法 第六十三条至第六十九条, 第七十三条, 第七十四条): one of the
 * decision kinds, or a mediation statement (调解书) with legal effect.
 */
public enum ReconsiderationOutcome {
    /** 变更 (第六十三条). */ CHANGED,
    /** 撤销或者部分撤销 (第六十四条). */ REVOKED,
    /** 确认违法 (第六十五条). */ DECLARED_UNLAWFUL,
    /** 责令履行 (第六十六条). */ ORDERED_TO_PERFORM,
    /** 确认无效 (第六十七条). */ DECLARED_VOID,
    /** 维持 (第六十八条). */ UPHELD,
    /** 驳回复议请求 (第六十九条). */ DISMISSED,
    /** 终止 (第四十一条; e.g. withdrawn after a settlement, 和解). */ TERMINATED,
    /** 调解结案，制作行政复议调解书 (第七十三条). */ MEDIATED;

    /** The act was found wanting: the corrected rate's numerator (纠错率). */
    public boolean corrects() {
        return this == CHANGED || this == REVOKED || this == DECLARED_UNLAWFUL || this == ORDERED_TO_PERFORM
                || this == DECLARED_VOID;
    }

    /** The decision no longer stands as published: its publication is to be withdrawn (国办发〔2018〕118号). */
    public boolean withdrawsPublication() {
        return this == CHANGED || this == REVOKED || this == DECLARED_VOID;
    }

    /** A decision in the strict sense, not a mediation or a termination. */
    public boolean isDecision() {
        return this != MEDIATED && this != TERMINATED;
    }
}
