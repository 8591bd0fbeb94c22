package org.fazhi.catalog.flexible;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.catalog.FlexibleEntrySummary;
import org.fazhi.catalog.FlexibleListKind;
import org.fazhi.catalog.ItemCategory;
import org.fazhi.catalog.scope.ItemRef;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * An entry of a flexible-enforcement list: for an item, the circumstances (情形) and conditions (条件, e.g.
 * 首次违法、危害后果轻微并及时改正) under which the agency does not penalise (行政处罚法第三十三条), penalises more
 * lightly or less (第三十二条), or refrains from compulsion (行政强制法第五条). Listed from its effective date and
 * ended, not deleted, when the county drops it; parties must be able to see what applied when.
 */
public record FlexibleEntry(long id, FlexibleListKind listKind, ItemRef item, String circumstances,
                            @Nullable String conditions, @Nullable String legalBasis, LocalDate effectiveFrom,
                            @Nullable LocalDate effectiveTo, int version) {

    static final int MAX_CIRCUMSTANCES = 1000;
    static final int MAX_CONDITIONS = 1000;
    static final int MAX_BASIS = 2000;

    public RegionCode region() {
        return item.region();
    }

    public boolean isInForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    /** The item category a list is about: compulsion for 免予行政强制, penalties for the others. */
    static ItemCategory categoryFor(FlexibleListKind kind) {
        return kind == FlexibleListKind.NO_COMPULSION ? ItemCategory.COMPULSION : ItemCategory.PENALTY;
    }


    /** Texts within their lengths, the item of the list's category, and an end no earlier than the start. */
    List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (circumstances.strip().length() < 2 || circumstances.length() > MAX_CIRCUMSTANCES) {
            problems.add(FieldProblem.of("circumstances", "catalog.flexible.circumstances.size", MAX_CIRCUMSTANCES));
        }
        if (conditions != null && conditions.length() > MAX_CONDITIONS) {
            problems.add(FieldProblem.of("conditions", "catalog.flexible.conditions.size", MAX_CONDITIONS));
        }
        if (legalBasis != null && legalBasis.length() > MAX_BASIS) {
            problems.add(FieldProblem.of("legalBasis", "catalog.flexible.legal-basis.size", MAX_BASIS));
        }
        if (item.category() != categoryFor(listKind)) {
            problems.add(FieldProblem.of("itemId", "catalog.flexible.item.category." + categoryFor(listKind).name()));
        }
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            problems.add(FieldProblem.of("effectiveTo", "catalog.flexible.effective-to.before-from"));
        }
        return problems;
    }

    public FlexibleEntrySummary summary() {
        return new FlexibleEntrySummary(id, listKind, item.id(), item.code(), item.name(), circumstances, conditions,
                legalBasis, effectiveFrom, effectiveTo);
    }
}
