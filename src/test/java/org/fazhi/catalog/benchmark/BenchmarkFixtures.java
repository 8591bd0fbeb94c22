package org.fazhi.catalog.benchmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.fazhi.catalog.FineBasis;
import org.fazhi.catalog.ItemCategory;
import org.fazhi.catalog.PenaltyKind;
import org.fazhi.catalog.ProposedPenalty;
import org.fazhi.catalog.scope.ItemRef;
import org.fazhi.shared.Money;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;

/** Benchmarks built in memory, for the tests of the verdict logic. */
final class BenchmarkFixtures {

    static final LocalDate SINCE = LocalDate.of(2026, 1, 1);
    static final LocalDate DAY = LocalDate.of(2026, 3, 25);

    private BenchmarkFixtures() {
    }

    static ItemRef penaltyItem() {
        return new ItemRef(7, RegionCode.of("410425"), 3, "330217001", "未按规定公示经营信息", ItemCategory.PENALTY,
                SINCE, null);
    }

    /** 轻微: warning only; 一般: warning or ¥1,000-¥5,000; 较重: 1-3 times the illegal gains; 严重: 2.5-5 times goods' value. */
    static DiscretionBenchmark benchmark(boolean published) {
        return new DiscretionBenchmark(1, penaltyItem(), "市场监管裁量基准", "郏县市场监督管理局裁量基准（2026年版）",
                published, SINCE, List.of(
                tier(1, "轻微", Set.of(PenaltyKind.WARNING), FineRule.none()),
                tier(2, "一般", Set.of(PenaltyKind.WARNING, PenaltyKind.FINE),
                        FineRule.fixed(Money.ofYuan("1000"), Money.ofYuan("5000"))),
                tier(3, "较重", Set.of(PenaltyKind.FINE, PenaltyKind.CONFISCATE_GAINS),
                        FineRule.multiple(FineBasis.ILLEGAL_GAINS, new BigDecimal("1"), new BigDecimal("3"))),
                tier(4, "严重", Set.of(PenaltyKind.FINE, PenaltyKind.ORDER_SUSPENSION),
                        FineRule.multiple(FineBasis.GOODS_VALUE, new BigDecimal("2.5"), new BigDecimal("5")))), 0);
    }

    static BenchmarkTier tier(int position, String name, Set<PenaltyKind> kinds, FineRule rule) {
        return new BenchmarkTier(position, name, name + "的情形", kinds, rule);
    }

    static ProposedPenalty fine(String yuan) {
        return proposal(Set.of(PenaltyKind.FINE), Money.ofYuan(yuan), null, null);
    }

    static ProposedPenalty proposal(Set<PenaltyKind> kinds, @Nullable Money fine, @Nullable Money illegalGains,
                                    @Nullable Money goodsValue) {
        return new ProposedPenalty(kinds, fine, illegalGains, goodsValue, DAY);
    }
}
