package org.fazhi.catalog;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.fazhi.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * The penalty a case proposes, as casework asks the benchmark about it. A fine amount counts as proposing
 * {@link PenaltyKind#FINE} even when the kinds leave it out.
 *
 * @param illegalGains 违法所得, needed where the tier's fine is a multiple of it
 * @param goodsValue   货值金额, needed where the tier's fine is a multiple of it
 * @param decidedOn    the day of the decision: the benchmark and the item must be in force on it
 */
public record ProposedPenalty(Set<PenaltyKind> kinds, @Nullable Money fine, @Nullable Money illegalGains,
                              @Nullable Money goodsValue, LocalDate decidedOn) {

    public ProposedPenalty {
        EnumSet<PenaltyKind> all = EnumSet.noneOf(PenaltyKind.class);
        all.addAll(kinds);
        if (fine != null) {
            all.add(PenaltyKind.FINE);
        }
        kinds = Set.copyOf(all);
    }

    public boolean proposesFine() {
        return kinds.contains(PenaltyKind.FINE);
    }
}
