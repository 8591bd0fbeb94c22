package org.fazhi.disputes.litigation;

/** The court's instance (审级): 一审, 二审, or 再审 and procuratorial supervision (行政监督案件). */
public enum Instance {
    FIRST, SECOND, RETRIAL
}
