package org.fazhi.casework;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.shared.RegionCode;

/** A clue became a case (立案): the agency investigates the party for these penalty items. */
public record CaseFiled(long caseId, String caseCode, RegionCode county, long agencyId, long partyId,
                        List<Long> itemIds, LocalDate filedOn) {

    public CaseFiled {
        itemIds = List.copyOf(itemIds);
    }
}
