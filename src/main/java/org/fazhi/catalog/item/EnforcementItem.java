package org.fazhi.catalog.item;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.catalog.ItemCategory;
import org.fazhi.shared.RegionCode;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * One version of an enforcement item (执法事项) on a county's list. The county revises its list every year: a
 * revision starts a new version of the same code and closes the previous one the day before, so what was in force
 * on any past day can still be shown. A version may also simply end (事项取消) without a successor.
 *
 * @param region      the county whose list it is on
 * @param effectiveTo the last day it is in force (inclusive), or null while it has no end
 */
public record EnforcementItem(long id, RegionCode region, long agencyId, String code, String name,
                              ItemCategory category, boolean enterpriseRelated, LocalDate effectiveFrom,
                              @Nullable LocalDate effectiveTo, List<LegalBasis> legalBases,
                              List<Delegation> delegations, int version) {

    public EnforcementItem {
        legalBases = List.copyOf(legalBases);
        delegations = List.copyOf(delegations);
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw RuleViolation.of("catalog.item.period.reversed");
        }
    }

    public boolean isInForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    /** Not yet in force on the day: a version the county has adopted for a later date. */
    public boolean isFutureOn(LocalDate day) {
        return day.isBefore(effectiveFrom);
    }

    /** True when some day is in force in both this version and the period {@code from}–{@code to} (null: open). */
    public boolean overlaps(LocalDate from, @Nullable LocalDate to) {
        boolean startsBeforeOtherEnds = to == null || !effectiveFrom.isAfter(to);
        boolean endsAfterOtherStarts = effectiveTo == null || !effectiveTo.isBefore(from);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }

    /**
     * This version as it stands once a revision starts on {@code nextFrom}: ended the day before, unless it already
     * ended earlier. A revision must start after this version did, or it would not follow it.
     */
    public EnforcementItem closedBefore(LocalDate nextFrom) {
        if (!nextFrom.isAfter(effectiveFrom)) {
            throw RuleViolation.of("catalog.item.revision.not-after", effectiveFrom);
        }
        if (effectiveTo != null && effectiveTo.isBefore(nextFrom)) {
            return this;
        }
        return endedOn(nextFrom.minusDays(1));
    }

    /** This version with its last day in force set (事项取消 or a correction of the end date). */
    public EnforcementItem endedOn(LocalDate lastDay) {
        if (lastDay.isBefore(effectiveFrom)) {
            throw RuleViolation.of("catalog.item.end.before-start", effectiveFrom);
        }
        return new EnforcementItem(id, region, agencyId, code, name, category, enterpriseRelated, effectiveFrom,
                lastDay, legalBases, delegations, version);
    }

    /** Delegated to every town and township or every subdistrict (as opposed to one named region, or none). */
    public boolean isDelegatedToTownships() {
        return delegations.stream().anyMatch(Delegation::isToEveryTownship);
    }
}
