package org.fazhi.casework;

import java.util.Optional;

import org.fazhi.shared.RegionCode;

/**
 * How other modules name a case they hold by id: its code, county, agency and party, and whether it is still being
 * worked on. Supervision opens a transfer (三法衔接) from a case this way without reading casework's tables.
 */
public interface CaseDirectory {

    /** A case as others refer to it. */
    record CaseReference(long caseId, String caseCode, RegionCode county, long agencyId, long partyId, boolean open) {
    }

    Optional<CaseReference> of(long caseId);

    /** By its code (案件编号), as people type it. */
    Optional<CaseReference> ofCode(String caseCode);
}
