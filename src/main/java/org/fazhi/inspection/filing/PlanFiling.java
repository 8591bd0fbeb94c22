package org.fazhi.inspection.filing;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.shared.RegionCode;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * One filing of an agency's annual inspection plan (年度检查计划备案): the kinds of inspection it plans and how many,
 * the items it will inspect under, and the plan document. Life cycle: filed by the agency's legal office, then
 * accepted by the justice bureau, or returned with a reason — after which the agency files again (a new filing).
 */
public record PlanFiling(long id, RegionCode county, long agencyId, int year, FilingStatus status,
                         int plannedRoutine, int plannedSpecial, int plannedHigherSpecial, List<Long> itemIds,
                         @Nullable String note, PlanDocument document, LocalDate filedOn, String filedBy,
                         @Nullable String decidedBy, @Nullable LocalDate decidedOn, @Nullable String returnReason,
                         int version) {

    public PlanFiling {
        itemIds = List.copyOf(itemIds);
    }

    public int plannedTotal() {
        return plannedRoutine + plannedSpecial + plannedHigherSpecial;
    }

    /** Only a filing awaiting review is accepted or returned, and not by the person who filed it. */
    void checkDecidableBy(String username) {
        if (status != FilingStatus.FILED) {
            throw RuleViolation.of("inspection.filing.not-awaiting");
        }
        if (filedBy.equals(username)) {
            throw RuleViolation.of("inspection.filing.own-filing");
        }
    }
}
