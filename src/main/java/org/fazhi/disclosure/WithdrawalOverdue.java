package org.fazhi.disclosure;

import java.time.LocalDate;

import org.fazhi.shared.RegionCode;

/**
 * A changed or revoked decision's publication was not withdrawn within its period (国办发〔2018〕118号: 3 working
 * days); raised once per change, for supervision to follow up with the agency.
 */
public record WithdrawalOverdue(long publicationId, long caseId, String decisionNumber, RegionCode county,
                                long agencyId, LocalDate changedOn, LocalDate dueOn, String reason) {
}
