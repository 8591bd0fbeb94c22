package org.fazhi.catalog.flexible;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.fazhi.catalog.FlexibleListKind;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** What a user submits to list or change a flexible-list entry: the page's form and the API's request body. */
public record FlexibleEntryForm(
        @NotNull(message = "{catalog.flexible.list-kind.required}") @Nullable FlexibleListKind listKind,
        @NotNull(message = "{catalog.flexible.item.required}") @Nullable Long itemId,
        @NotBlank(message = "{catalog.flexible.circumstances.required}") String circumstances,
        @Nullable String conditions,
        @Nullable String legalBasis,
        @NotNull(message = "{catalog.flexible.effective-from.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate effectiveFrom,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate effectiveTo,
        int version) {

    public static FlexibleEntryForm empty(@Nullable FlexibleListKind listKind, @Nullable Long itemId, LocalDate today) {
        return new FlexibleEntryForm(listKind, itemId, "", "", "", today, null, 0);
    }

    public static FlexibleEntryForm of(FlexibleEntry entry) {
        return new FlexibleEntryForm(entry.listKind(), entry.item().id(), entry.circumstances(), entry.conditions(),
                entry.legalBasis(), entry.effectiveFrom(), entry.effectiveTo(), entry.version());
    }
}
