package org.fazhi.supervision.transfer;

/**
 * Where a transfer stands. {@link Transfer} says which step leads from one to the next; {@code NOT_APPROVED} and
 * {@code CLOSED} are ends.
 */
public enum TransferState {
    /** 承办人员提出移送，待负责人审批. */ PROPOSED,
    /** 负责人不批准移送: the administrative case continues. */ NOT_APPROVED,
    /** 批准移送，待移交. */ APPROVED,
    /** 已移交，待接收机关决定. */ HANDED_OVER,
    /** 公安机关不予立案: the agency may ask it to reconsider or the procuratorate to supervise, or continue. */ NOT_FILED,
    /** 提请复议中. */ RECONSIDERATION,
    /** 提请检察监督中. */ PROCURATORATE,
    /** 公安机关已立案，待移交涉案物品. */ FILED,
    /** 办结. */ CLOSED;

    public boolean isOpen() {
        return this != NOT_APPROVED && this != CLOSED;
    }
}
