package org.fazhi.governance.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a ledger: its values as checked against the declaration (keys are field codes), and, beside them,
 * the county, the agency whose entry it is (null for the bureau's own) and the declared date that places it in a
 * period. Recorded and revised through {@link Ledgers} only, which checks the values on every write.
 */
record LedgerEntry(long id, String typeCode, RegionCode county, @Nullable Long agencyId, LocalDate date,
                   Map<String, Object> values, String createdBy, Instant createdAt, int version) {

    LedgerEntry {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }

    @Nullable Object value(String fieldCode) {
        return values.get(fieldCode);
    }
}
