package org.fazhi.casework;

import java.time.LocalDate;

import org.fazhi.shared.RegionCode;

/**
 * A case's deadline is near (within the configured number of working days) and not met yet; raised once per case
 * and deadline (again only when an approved extension moved it).
 *
 * @param provisional the deadline depends on a year the holiday calendar has no data for
 */
public record CaseDeadlineApproaching(long caseId, String caseCode, RegionCode county, long agencyId,
                                      DeadlineKind kind, LocalDate dueOn, boolean provisional) {
}
