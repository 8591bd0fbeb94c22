package org.fazhi.catalog.benchmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.catalog.FineBasis;
import org.fazhi.catalog.PenaltyKind;
import org.fazhi.shared.Money;
import org.jspecify.annotations.Nullable;

/** A benchmark as the REST API shows it: plain values, amounts in yuan. */
public record BenchmarkView(long id, long itemId, String itemCode, String itemName, String title,
                            @Nullable String basis, boolean published, LocalDate effectiveFrom, List<Tier> tiers,
                            int version) {

    /** A tier; {@code fineMin}/{@code fineMax} in yuan for a fixed range, multiples for the multiple bases. */
    public record Tier(int position, String name, String circumstances, List<PenaltyKind> kinds, FineBasis fineBasis,
                       @Nullable String fineMin, @Nullable String fineMax, @Nullable BigDecimal multipleMin,
                       @Nullable BigDecimal multipleMax) {

        static Tier of(BenchmarkTier tier) {
            FineRule rule = tier.fineRule();
            return new Tier(tier.position(), tier.name(), tier.circumstances(), tier.sortedKinds(), rule.basis(),
                    yuan(rule.min()), yuan(rule.max()), rule.multipleMin(), rule.multipleMax());
        }
    }

    static BenchmarkView of(DiscretionBenchmark benchmark) {
        return new BenchmarkView(benchmark.id(), benchmark.item().id(), benchmark.item().code(),
                benchmark.item().name(), benchmark.title(), benchmark.basis(), benchmark.published(),
                benchmark.effectiveFrom(), benchmark.tiers().stream().map(Tier::of).toList(), benchmark.version());
    }

    static @Nullable String yuan(@Nullable Money amount) {
        return amount == null ? null : amount.toYuanString();
    }
}
