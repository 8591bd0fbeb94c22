package org.fazhi.identity;

import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * Which records a user may see: those of a region (and the townships below it), narrowed to one agency for
 * agency roles. Every query that lists records takes one of these explicitly.
 *
 * @param region   the user's region
 * @param agencyId the user's agency, or null when the user sees the whole region
 */
public record DataScope(RegionCode region, @Nullable Long agencyId) {

    public static DataScope ofRegion(RegionCode region) {
        return new DataScope(region, null);
    }

    public static DataScope ofAgency(RegionCode region, long agencyId) {
        return new DataScope(region, agencyId);
    }

    public boolean isAgencyScoped() {
        return agencyId != null;
    }

    /** The prefix a {@code region_code like ?} filter uses. */
    public String regionPattern() {
        return region.value() + "%";
    }

    /** True when a record of this agency in this region is inside the scope. */
    public boolean covers(RegionCode recordRegion, @Nullable Long recordAgencyId) {
        if (!region.contains(recordRegion)) {
            return false;
        }
        return agencyId == null || agencyId.equals(recordAgencyId);
    }

    public boolean coversRegion(RegionCode recordRegion) {
        return agencyId == null && region.contains(recordRegion);
    }
}
