package org.fazhi.casework;

import java.time.LocalDate;

import org.fazhi.shared.RegionCode;

/** A case's deadline passed without being met; raised once per case and deadline, for the supervisors. */
public record CaseDeadlineMissed(long caseId, String caseCode, RegionCode county, long agencyId,
                                 DeadlineKind kind, LocalDate dueOn, boolean provisional) {
}
