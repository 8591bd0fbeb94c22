package org.fazhi.casework;

import org.fazhi.shared.RegionCode;

/** How other modules name a case: its code, the agency handling it, its county and what it is about. */
public record CaseReference(long caseId, String code, RegionCode county, long agencyId, String summary) {
}
