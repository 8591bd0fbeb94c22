package org.fazhi.inspection.frequency;

import java.time.LocalDate;

/** A planned inspection task: agency {@code agencyId} will visit party {@code partyId} between the two dates. */
public record PlannedVisit(long taskId, long partyId, long agencyId, LocalDate from, LocalDate to) {

    public PlannedVisit {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The planned window ends before it begins");
        }
    }
}
