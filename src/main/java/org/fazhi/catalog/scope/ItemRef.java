package org.fazhi.catalog.scope;

import java.time.LocalDate;

import org.fazhi.catalog.ItemCategory;
import org.fazhi.identity.DataScope;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * One version of an enforcement item, as benchmarks and flexible lists refer to it: enough to scope, name and
 * date them. The item itself (its legal bases, delegations) is the item catalogue's business.
 */
public record ItemRef(long id, RegionCode region, long agencyId, String code, String name, ItemCategory category,
                      LocalDate effectiveFrom, @Nullable LocalDate effectiveTo) {

    public boolean isInForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    public boolean isPenalty() {
        return category == ItemCategory.PENALTY;
    }

    public boolean isVisibleIn(DataScope scope) {
        return scope.covers(region, agencyId);
    }

    /** {@code 330217001 食品经营者未按规定…}: how lists and choices show the item. */
    public String label() {
        return code + " " + name;
    }
}
