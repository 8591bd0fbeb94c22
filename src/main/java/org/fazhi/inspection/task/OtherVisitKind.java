package org.fazhi.inspection.task;

/** Visits that enter an enterprise without being inspections: 调研, 政策宣讲, 服务, 督导. */
public enum OtherVisitKind {
    SURVEY, POLICY, SERVICE, GUIDANCE
}
