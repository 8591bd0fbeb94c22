package org.fazhi.casework;

import java.time.LocalDate;

import org.fazhi.shared.RegionCode;

/**
 * A 查封 or 扣押 still holds the party's property past its period (行政强制法第二十五条、第二十八条), or, taken
 * urgently on the spot, was not approved by the head within the hours of 第十九条 ({@code awaitingApproval}; it
 * must be lifted at once). Raised once per measure and period, for the supervisors (乱查封).
 */
public record CompulsoryMeasureOverdue(long measureId, long caseId, String caseCode, RegionCode county,
                                       long agencyId, LocalDate dueOn, boolean awaitingApproval) {
}
