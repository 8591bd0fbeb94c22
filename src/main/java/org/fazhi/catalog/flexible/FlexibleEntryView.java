package org.fazhi.catalog.flexible;

import java.time.LocalDate;

import org.fazhi.catalog.FlexibleListKind;
import org.jspecify.annotations.Nullable;

/** A flexible-list entry as the REST API shows it. */
public record FlexibleEntryView(long id, FlexibleListKind listKind, long itemId, String itemCode, String itemName,
                                String circumstances, @Nullable String conditions, @Nullable String legalBasis,
                                LocalDate effectiveFrom, @Nullable LocalDate effectiveTo, int version) {

    static FlexibleEntryView of(FlexibleEntry entry) {
        return new FlexibleEntryView(entry.id(), entry.listKind(), entry.item().id(), entry.item().code(),
                entry.item().name(), entry.circumstances(), entry.conditions(), entry.legalBasis(),
                entry.effectiveFrom(), entry.effectiveTo(), entry.version());
    }
}
