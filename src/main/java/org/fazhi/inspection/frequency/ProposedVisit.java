package org.fazhi.inspection.frequency;

import java.time.LocalDate;

/** An inspection an agency wants to carry out at an enterprise on {@code date}. */
public record ProposedVisit(LocalDate date, long agencyId, VisitKind kind) {
}
