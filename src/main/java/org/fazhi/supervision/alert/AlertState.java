package org.fazhi.supervision.alert;

/** Where an alert stands; the first two are live (at most one per rule and record), the others ended. */
public enum AlertState {
    /** 待处理: raised, nobody has looked at it yet. */ OPEN,
    /** 已签收: a supervisor has taken it up. */ ACKNOWLEDGED,
    /** 已办结: a supervisor followed it up with the agency and closed it. */ RESOLVED,
    /** 已排除: a supervisor judged it no problem, with the reason. */ DISMISSED,
    /** 已消除: the monitoring found the cause gone and closed it by itself (原因已消除). */ CLEARED;

    public boolean isLive() {
        return this == OPEN || this == ACKNOWLEDGED;
    }
}
