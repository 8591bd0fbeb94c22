package org.fazhi.disputes.reconsideration;

/** 普通程序 (decided within 60 days, extendable) or 简易程序 (第五十三条、第五十四条: within 30 days). */
public enum Procedure {
    GENERAL, SIMPLIFIED
}
