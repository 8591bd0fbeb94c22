package org.fazhi.governance.ledger;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an indicator counts over a ledger's entries of the period: the entries (all, those whose {@code field} holds
 * one of {@code values}, or those where the field {@code filled} has a value, e.g. a close-out date), the sum of
 * the number field {@code sum} over them, or how many different values the field {@code distinct} takes among them
 * (e.g. the bodies that have an adviser).
 */
record LedgerMeasure(@Nullable String field, List<String> values, @Nullable String sum, @Nullable String filled,
                     @Nullable String distinct) {

    LedgerMeasure {
        values = List.copyOf(values);
    }

    static LedgerMeasure all() {
        return new LedgerMeasure(null, List.of(), null, null, null);
    }

    boolean filtered() {
        return field != null && !values.isEmpty();
    }
}
