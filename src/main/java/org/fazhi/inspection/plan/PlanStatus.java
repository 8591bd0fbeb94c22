package org.fazhi.inspection.plan;

/**
 * A plan's life: drafted, approved by a second person, published (its directories frozen and its seed committed
 * to), drawn once. Cancelled at any point with a reason, and then it stays visible as cancelled.
 */
public enum PlanStatus {
    DRAFT, APPROVED, PUBLISHED, DRAWN, CANCELLED
}
