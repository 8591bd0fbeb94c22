package org.fazhi.governance.normative;

/** The justice bureau's 合法性审核意见. */
public enum LegalityConclusion {
    /** 合法. */ LAWFUL,
    /** 修改后合法. */ LAWFUL_AFTER_CHANGES,
    /** 不合法: back to the drafters. */ UNLAWFUL;

    public boolean passes() {
        return this != UNLAWFUL;
    }
}
