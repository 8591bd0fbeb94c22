package org.fazhi.inspection;

import java.time.LocalDate;

import org.fazhi.shared.RegionCode;

/**
 * A drawn inspection's result was not published within its deadline (双随机一公开: within the configured number of
 * working days of the inspection window's end); raised once per inspection, for the supervisors.
 *
 * @param provisional the deadline fell in a year without holiday data, so it was counted as an ordinary year
 */
public record InspectionResultOverdue(long taskId, String taskCode, RegionCode county, long leadAgencyId,
                                      long planId, LocalDate windowTo, LocalDate dueOn, boolean provisional) {
}
