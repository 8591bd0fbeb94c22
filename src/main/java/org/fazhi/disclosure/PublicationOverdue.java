package org.fazhi.disclosure;

import java.time.LocalDate;

import org.fazhi.shared.RegionCode;

/**
 * A penalty decision was not published within its period (国办发〔2018〕118号: 7 working days); raised once per
 * publication, for supervision to follow up with the agency.
 */
public record PublicationOverdue(long publicationId, long caseId, String decisionNumber, RegionCode county,
                                 long agencyId, LocalDate decidedOn, LocalDate dueOn) {
}
