package org.fazhi.supervision.transfer;

/** The documents of a transfer (第八条): which of them a kind of transfer requires is configuration. */
public enum DocumentKind {
    /** 涉嫌犯罪案件移送书. */ TRANSFER_LETTER,
    /** 涉嫌犯罪案件情况的调查报告. */ INVESTIGATION_REPORT,
    /** 涉案物品清单. */ EXHIBIT_LIST,
    /** 有关检验报告或者鉴定结论. */ EXPERT_OPINION,
    /** 问题线索材料（监察衔接）. */ CLUE_MATERIAL,
    /** 立案/不予立案通知书. */ POLICE_NOTICE,
    /** 其他有关材料. */ OTHER
}
