package org.fazhi.casework;

import org.fazhi.shared.RegionCode;

/**
 * How other modules name a case they hold by id: its code, county, agency and party, what it is about, and whether
 * it is still being worked on.
 */
public record CaseReference(long caseId, String code, RegionCode county, long agencyId, long partyId, String summary,
                            boolean open) {
}
