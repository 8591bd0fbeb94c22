package org.fazhi.supervision.transfer;

/** How a transfer ended. */
public enum TransferOutcome {
    /** 立案并移交涉案物品. */ EXHIBITS_HANDED_OVER,
    /** 不予立案，行政案件继续办理（不得以罚代刑之外另作处理）. */ ADMINISTRATIVE_CONTINUES,
    /** 负责人不批准移送. */ NOT_APPROVED,
    /** 监察机关受理. */ ACCEPTED,
    /** 监察机关不予受理. */ DECLINED
}
