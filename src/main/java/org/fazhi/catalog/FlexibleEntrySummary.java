package org.fazhi.catalog;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An entry of a flexible-enforcement list (柔性执法清单) as casework shows it beside a case: which list, for which
 * circumstances, on which conditions (e.g. 首次违法、危害后果轻微并及时改正), on what basis.
 */
public record FlexibleEntrySummary(long id, FlexibleListKind listKind, long itemId, String itemCode,
                                   String itemName, String circumstances, @Nullable String conditions,
                                   @Nullable String legalBasis, LocalDate effectiveFrom,
                                   @Nullable LocalDate effectiveTo) {
}
