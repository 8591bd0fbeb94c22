package org.fazhi.inspection;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.shared.RegionCode;

/**
 * An inspection ended with a result. A {@link InspectionResult#CASE_TO_FILE} result is a case for casework to
 * file (立案) against the party, citing the inspected items.
 */
public record InspectionConcluded(long taskId, String taskCode, RegionCode county, long partyId, long leadAgencyId,
                                  List<Long> itemIds, InspectionResult result, LocalDate concludedOn) {

    public InspectionConcluded {
        itemIds = List.copyOf(itemIds);
    }
}
