package org.fazhi.casework;

import java.time.LocalDate;

import org.fazhi.shared.RegionCode;

/**
 * A 查封 or 扣押 in force is near the end of its period (行政强制法第二十五条: within the configured working days):
 * the agency extends it, lifts it or decides on the items. Raised once per measure and period (again after the
 * extension moved it).
 *
 * @param provisional the date depends on a year the holiday calendar has no data for
 */
public record CompulsoryMeasureDue(long measureId, long caseId, String caseCode, RegionCode county, long agencyId,
                                   LocalDate dueOn, boolean provisional) {
}
