package org.fazhi.inspection;

import java.time.LocalDate;
import java.util.List;

/**
 * An inspection carried out (the visit: checked in, or concluded without a check-in) on a day by its inspectors.
 * {@code officerIds} are the inspectors the question was about (all of them, or those concerned).
 */
public record InspectionAct(long taskId, String taskCode, long leadAgencyId, LocalDate on, List<Long> officerIds) {

    public InspectionAct {
        officerIds = List.copyOf(officerIds);
    }
}
