package org.fazhi.disputes;

import java.time.LocalDate;

import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * A reconsideration case was concluded (decided, mediated or terminated) on {@code concludedOn}; {@code caseId} is
 * the contested Fazhi penalty case when the act was one. Published in the concluding transaction, for supervision
 * (clues, case-file review) and reporting.
 */
public record ReconsiderationDecided(long reconsiderationId, String number, RegionCode county, long agencyId,
                                     @Nullable Long caseId, ReconsiderationOutcome outcome, LocalDate concludedOn) {
}
