package org.fazhi.casework;

/**
 * The running deadlines of a case (legal-rules.md). Periods of 二日、三日、五日、七日 in 行政处罚法 are working days
 * (第八十五条); the others are calendar days that end on the next working day when they end on a day off.
 */
public enum DeadlineKind {
    /** 作出处罚决定: 90 days from 立案 (第六十条), extended when approved. */ DECISION,
    /** 陈述、申辩 after 告知 (第七条、第四十五条; the period is set by departmental rules). */ STATEMENT,
    /** 要求听证: 5 working days after 告知 (第六十四条). */ HEARING_REQUEST,
    /** 送达决定书: 7 working days after the decision (第六十一条). */ DELIVERY,
    /** 缴纳罚款: 15 days after delivery (第六十七条). */ PAYMENT,
    /** 申请人民法院强制执行: within 3 months after the time for reconsideration and litigation (行政强制法第五十三条). */
    COURT_APPLICATION,
    /**
     * 查封、扣押: 30 days from the day taken, once extended by up to 30 (行政强制法第二十五条). A measure's period,
     * shown among its case's deadlines; watched by the measures' own watcher, never stored as a case deadline.
     */
    SEIZURE_PERIOD,
    /** 先行登记保存: decided on within 7 working days (行政处罚法第五十六条); shown as {@link #SEIZURE_PERIOD} is. */
    EVIDENCE_PRESERVATION
}
