package org.fazhi.catalog;

import java.math.BigDecimal;
import java.util.Set;

import org.fazhi.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * One tier of an item's discretion benchmark, for casework's forms: which tier to choose and what it allows.
 * Amounts are set for {@link FineBasis#FIXED}, multiples for the two multiple bases, neither for NONE.
 */
public record TierSummary(int position, String name, String circumstances, Set<PenaltyKind> kinds,
                          FineBasis fineBasis, @Nullable Money fineMin, @Nullable Money fineMax,
                          @Nullable BigDecimal multipleMin, @Nullable BigDecimal multipleMax) {

    public TierSummary {
        kinds = Set.copyOf(kinds);
    }
}
