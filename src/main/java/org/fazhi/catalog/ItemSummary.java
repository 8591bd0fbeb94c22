package org.fazhi.catalog;

import java.time.LocalDate;

import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * One version of an enforcement item as other modules see it: enough to cite it (an inspection names the item
 * it checks) and to know when it was in force.
 *
 * @param region      the county whose list it is on
 * @param effectiveTo last day in force (inclusive), or null while open-ended
 */
public record ItemSummary(long id, RegionCode region, long agencyId, String code, String name, ItemCategory category,
                          boolean enterpriseRelated, LocalDate effectiveFrom, @Nullable LocalDate effectiveTo) {

    public boolean isInForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }
}
