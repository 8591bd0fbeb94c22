package org.fazhi.disputes.litigation;

/**
 * Who appeared in court for the defendant agency at a hearing (行政诉讼法第三条): its head (负责人), a deputy head
 * (副职), only staff (工作人员, with or without a lawyer), or nobody. Which of these count for the 出庭应诉率 is the
 * county's setting.
 */
public enum Appearance {
    HEAD, DEPUTY, STAFF, NONE
}
