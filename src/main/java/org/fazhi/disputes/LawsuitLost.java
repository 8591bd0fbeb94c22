package org.fazhi.disputes;

import java.time.LocalDate;

import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * The defendant agency lost an administrative lawsuit (an outcome the county counts as 败诉) on {@code decidedOn};
 * {@code caseId} is the contested Fazhi penalty case when the act was one. Published in the concluding transaction,
 * so that supervision opens an accountability review (过错责任追究) and reporting counts it.
 */
public record LawsuitLost(long lawsuitId, RegionCode county, long agencyId, LawsuitOutcome kind,
                          @Nullable Long caseId, LocalDate decidedOn) {
}
