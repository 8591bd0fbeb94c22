package org.fazhi.governance.normative;

/** The step a normative document has reached; {@link NormativeDocument} says which step leads where. */
public enum NormativeState {
    /** 起草. */ DRAFTING,
    /** 征求意见. */ PUBLIC_COMMENT,
    /** 合法性审核 (awaiting or under review). */ LEGALITY_REVIEW,
    /** 公平竞争审查. */ FAIR_COMPETITION_REVIEW,
    /** 集体审议. */ DELIBERATION,
    /** 公布. */ PUBLISHED,
    /** 备案 with both bodies. */ FILED,
    /** 有效. */ IN_FORCE,
    /** 失效 (an end). */ EXPIRED,
    /** 废止 (an end). */ REPEALED;

    /** Published and not ended: the document binds, may be filed, cleaned up and expires. */
    public boolean isIssued() {
        return this == PUBLISHED || this == FILED || this == IN_FORCE;
    }
}
