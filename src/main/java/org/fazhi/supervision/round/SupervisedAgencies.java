package org.fazhi.supervision.round;

import org.fazhi.registry.AgencyDirectory;
import org.fazhi.shared.RegionCode;
import org.springframework.stereotype.Component;

/** Agencies' names for pages and documents, read through the registry's directory (never its tables). */
@Component
class SupervisedAgencies {

    private final AgencyDirectory agencies;

    SupervisedAgencies(AgencyDirectory agencies) {
        this.agencies = agencies;
    }

    /** Whether the agency is one of the county's (or a township's below it). */
    boolean isIn(long agencyId, RegionCode county) {
        return agencies.find(agencyId).filter(agency -> county.contains(agency.region())).isPresent();
    }

    String of(long agencyId) {
        return agencies.nameOf(agencyId).orElse("#" + agencyId);
    }
}
