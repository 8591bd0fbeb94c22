package org.fazhi.casework.compulsion;

/** Why a measure is lifted (解除): 行政强制法第二十八条, and 第十九条 for an urgent measure not approved. */
public enum LiftingReason {
    /** 当事人没有违法行为. */ NO_VIOLATION,
    /** 查封、扣押的场所、设施或者财物与违法行为无关. */ NOT_RELATED,
    /** 行政机关对违法行为已经作出处理决定，不再需要查封、扣押. */ DECIDED,
    /** 查封、扣押期限已经届满. */ PERIOD_ENDED,
    /** 其他不再需要采取查封、扣押措施的情形. */ NO_LONGER_NEEDED,
    /** 紧急情况下当场实施，未获批准 (第十九条). */ NOT_APPROVED
}
