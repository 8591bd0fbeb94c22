package org.fazhi.inspection.plan;

/** 年度抽查计划 or 专项抽查计划. */
public enum PlanKind {
    ANNUAL, SPECIAL
}
