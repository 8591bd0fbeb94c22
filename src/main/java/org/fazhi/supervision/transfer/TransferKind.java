package org.fazhi.supervision.transfer;

/** Where a transfer goes: public security for a suspected crime, the supervision commission for an official's misconduct. */
public enum TransferKind {
    /** 行刑衔接: 涉嫌犯罪案件移送公安机关. */
    PUBLIC_SECURITY,
    /** 监察衔接: 公职人员违纪违法问题线索移送监察委员会. */
    SUPERVISION_COMMISSION
}
