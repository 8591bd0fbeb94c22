package org.fazhi.disputes.reconsideration;

/** Where a reconsideration case stands; {@link ReconsiderationCase} says which step leads where. */
public enum ReconsiderationState {
    /** 已收到申请，待审查（5个工作日内）. */ RECEIVED,
    /** 已通知补正，待申请人补正（10个工作日内）. */ CORRECTING,
    /** 不予受理 (an end). */ NOT_ACCEPTED,
    /** 逾期不补正，视为放弃申请 (an end). */ ABANDONED,
    /** 已受理，审理中. */ ACCEPTED,
    /** 已办结: decided, mediated or terminated (an end). */ CONCLUDED;

    public boolean isOpen() {
        return this == RECEIVED || this == CORRECTING || this == ACCEPTED;
    }
}
