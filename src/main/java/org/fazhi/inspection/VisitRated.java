package org.fazhi.inspection;

import java.time.LocalDate;

import org.fazhi.shared.RegionCode;

/**
 * An enterprise rated a visit (企业评价执法): its three scores from 1 (worst) to 5, given once per visit. Officers see
 * only averages; the supervisors watch the low ones.
 */
public record VisitRated(long taskId, String taskCode, RegionCode county, long partyId, long leadAgencyId,
                         int conduct, int professionalism, int burden, LocalDate ratedOn) {

    /** The worst of the three scores. */
    public int lowestScore() {
        return Math.min(conduct, Math.min(professionalism, burden));
    }
}
