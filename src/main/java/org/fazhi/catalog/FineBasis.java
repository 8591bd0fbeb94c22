package org.fazhi.catalog;

/** How a benchmark tier sets its fine: not at all, as amounts, or as multiples of a base the case establishes. */
public enum FineBasis {
    /** 不处罚款. */ NONE,
    /** 固定金额幅度 (in fen). */ FIXED,
    /** 违法所得的倍数. */ ILLEGAL_GAINS,
    /** 货值金额的倍数. */ GOODS_VALUE;

    public boolean isMultiple() {
        return this == ILLEGAL_GAINS || this == GOODS_VALUE;
    }
}
