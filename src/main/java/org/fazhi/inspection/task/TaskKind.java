package org.fazhi.inspection.task;

import org.fazhi.inspection.frequency.VisitKind;

/** The kinds of enterprise inspection of 国办发〔2024〕54号. */
public enum TaskKind {
    /** 日常检查, from plans and draws. */ ROUTINE,
    /** 个案检查, on a complaint, referral or clue. */ CASE,
    /** 专项检查 the county orders. */ SPECIAL,
    /** 上级部署的专项检查. */ HIGHER_SPECIAL;

    public VisitKind visitKind() {
        return VisitKind.valueOf(name());
    }
}
