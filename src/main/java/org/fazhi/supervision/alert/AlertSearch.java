package org.fazhi.supervision.alert;

import org.jspecify.annotations.Nullable;

/**
 * The inbox's filters, all optional: the rule's code, the agency, the state, the month raised ({@code 2026-12}) and
 * a text found in the summary or the record's reference.
 */
public record AlertSearch(@Nullable String rule, @Nullable Long agency, @Nullable AlertState state,
                          @Nullable String month, @Nullable String text) {

    public static AlertSearch none() {
        return new AlertSearch(null, null, null, null, null);
    }
}
