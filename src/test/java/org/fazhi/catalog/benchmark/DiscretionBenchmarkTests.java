package org.fazhi.catalog.benchmark;

import java.util.Optional;
import java.util.Set;

import org.fazhi.catalog.BenchmarkVerdict;
import org.fazhi.catalog.BenchmarkVerdict.Finding;
import org.fazhi.catalog.BenchmarkVerdict.Reason;
import org.fazhi.catalog.FineBasis;
import org.fazhi.catalog.ItemCategory;
import org.fazhi.catalog.PenaltyKind;
import org.fazhi.catalog.ProposedPenalty;
import org.fazhi.catalog.scope.ItemRef;
import org.fazhi.shared.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.catalog.benchmark.BenchmarkFixtures.DAY;
import static org.fazhi.catalog.benchmark.BenchmarkFixtures.SINCE;
import static org.fazhi.catalog.benchmark.BenchmarkFixtures.benchmark;
import static org.fazhi.catalog.benchmark.BenchmarkFixtures.fine;
import static org.fazhi.catalog.benchmark.BenchmarkFixtures.proposal;

/** The verdict on a proposed penalty: what casework is told about a tier of a benchmark. */
class DiscretionBenchmarkTests {

    private final DiscretionBenchmark published = benchmark(true);

    @Test
    void aWarningInTheLightestTierIsWithin() {
        BenchmarkVerdict verdict = published.judge("轻微", proposal(Set.of(PenaltyKind.WARNING), null, null, null));
        assertThat(verdict.within()).isTrue();
        assertThat(verdict.findings()).isEmpty();
    }

    @Test
    void aFineInsideTheFixedRangeIsWithinIncludingBothEnds() {
        assertThat(published.judge("一般", fine("1000")).within()).isTrue();
        assertThat(published.judge("一般", fine("3,000.50")).within()).isTrue();
        assertThat(published.judge("一般", fine("5000")).within()).isTrue();
    }

    @Test
    void aKindTheTierDoesNotAllowIsNamed() {
        BenchmarkVerdict verdict = published.judge("一般",
                proposal(Set.of(PenaltyKind.WARNING, PenaltyKind.REVOKE_LICENCE), null, null, null));
        assertThat(verdict.within()).isFalse();
        assertThat(verdict.findings()).containsExactly(Finding.kindNotAllowed(PenaltyKind.REVOKE_LICENCE));
    }

    @Test
    void aFineBelowOrAboveTheRangeCarriesTheLimit() {
        assertThat(published.judge("一般", fine("999.99")).findings())
                .containsExactly(Finding.belowMinimum(Money.ofYuan("999.99"), Money.ofYuan("1000")));
        assertThat(published.judge("一般", fine("5000.01")).findings())
                .containsExactly(Finding.aboveMaximum(Money.ofYuan("5000.01"), Money.ofYuan("5000")));
    }

    @Test
    void aTierWithoutFinesRefusesAnyFineButNotTwice() {
        BenchmarkVerdict verdict = published.judge("轻微", fine("200"));
        assertThat(verdict.findings()).containsExactly(Finding.fineNotAllowed(Money.ofYuan("200")));
        assertThat(verdict.has(Reason.KIND_NOT_ALLOWED)).isFalse();
    }

    @Test
    void aFineAmountCountsAsProposingAFine() {
        ProposedPenalty amountOnly = proposal(Set.of(PenaltyKind.WARNING), Money.ofYuan("100"), null, null);
        assertThat(amountOnly.kinds()).contains(PenaltyKind.FINE);
        assertThat(published.judge("一般", amountOnly).findings())
                .containsExactly(Finding.belowMinimum(Money.ofYuan("100"), Money.ofYuan("1000")));
    }

    @Test
    void aFineWithoutItsAmountIsReported() {
        assertThat(published.judge("一般", proposal(Set.of(PenaltyKind.FINE), null, null, null)).findings())
                .containsExactly(Finding.of(Reason.FINE_AMOUNT_MISSING));
    }

    @Test
    void multiplesOfIllegalGainsBecomeARangeOfAmounts() {
        Money gains = Money.ofYuan("2000");
        ProposedPenalty inside = proposal(Set.of(PenaltyKind.FINE, PenaltyKind.CONFISCATE_GAINS), Money.ofYuan("6000"), gains, null);
        assertThat(published.judge("较重", inside).within()).isTrue();
        ProposedPenalty above = proposal(Set.of(PenaltyKind.FINE), Money.ofYuan("6000.01"), gains, null);
        assertThat(published.judge("较重", above).findings())
                .containsExactly(Finding.aboveMaximum(Money.ofYuan("6000.01"), Money.ofYuan("6000")));
        ProposedPenalty below = proposal(Set.of(PenaltyKind.FINE), Money.ofYuan("1999.99"), gains, null);
        assertThat(published.judge("较重", below).findings())
                .containsExactly(Finding.belowMinimum(Money.ofYuan("1999.99"), Money.ofYuan("2000")));
    }

    @Test
    void multipliedLimitsAreRoundedHalfUpToTheFen() {
        // 2.5 × ¥0.03 = 0.075 yuan = 7.5 fen → 8 fen; 5 × ¥0.03 = 15 fen.
        Money goods = Money.ofFen(3);
        assertThat(published.judge("严重", proposal(Set.of(PenaltyKind.FINE), Money.ofFen(8), null, goods)).within()).isTrue();
        assertThat(published.judge("严重", proposal(Set.of(PenaltyKind.FINE), Money.ofFen(7), null, goods)).findings())
                .containsExactly(Finding.belowMinimum(Money.ofFen(7), Money.ofFen(8)));
        // 2.5 × ¥1,234.57 = ¥3,086.425 → ¥3,086.43
        Money value = Money.ofYuan("1234.57");
        assertThat(published.judge("严重", proposal(Set.of(PenaltyKind.FINE), Money.ofYuan("3086.42"), null, value)).findings())
                .containsExactly(Finding.belowMinimum(Money.ofYuan("3086.42"), Money.ofYuan("3086.43")));
    }

    @Test
    void multiplesNeedAPositiveBase() {
        assertThat(published.judge("较重", fine("3000")).findings()).containsExactly(Finding.baseMissing(FineBasis.ILLEGAL_GAINS));
        assertThat(published.judge("较重", proposal(Set.of(PenaltyKind.FINE), Money.ofYuan("3000"), Money.ZERO, null))
                .findings()).containsExactly(Finding.baseMissing(FineBasis.ILLEGAL_GAINS));
        ProposedPenalty gainsButNotGoods = proposal(Set.of(PenaltyKind.FINE), Money.ofYuan("3000"), Money.ofYuan("1000"), null);
        assertThat(published.judge("严重", gainsButNotGoods).findings()).containsExactly(Finding.baseMissing(FineBasis.GOODS_VALUE));
    }

    @Test
    void anUnpublishedBenchmarkCannotBeReliedOn() {
        BenchmarkVerdict verdict = benchmark(false).judge("一般", fine("2000"));
        assertThat(verdict.within()).isFalse();
        assertThat(verdict.findings()).containsExactly(Finding.of(Reason.BENCHMARK_NOT_PUBLISHED));
    }

    @Test
    void aDecisionBeforeTheBenchmarkOrAfterTheItemEndedIsNotInForce() {
        ProposedPenalty early = new ProposedPenalty(Set.of(PenaltyKind.WARNING), null, null, null, SINCE.minusDays(1));
        assertThat(published.judge("轻微", early).findings()).containsExactly(Finding.notInForce(SINCE.minusDays(1)));
        DiscretionBenchmark ended = new DiscretionBenchmark(1, new ItemRef(7,
                published.region(), 3, "330217001", "事项", ItemCategory.PENALTY, SINCE,
                DAY.minusDays(1)), "基准", null, true, SINCE, published.tiers(), 0);
        assertThat(ended.judge("轻微", proposal(Set.of(PenaltyKind.WARNING), null, null, null)).findings())
                .containsExactly(Finding.notInForce(DAY));
    }

    @Test
    void anUnknownTierIsNamedAndNoBenchmarkAtAllIsSaid() {
        assertThat(published.judge("特别严重", fine("100")).findings()).containsExactly(Finding.tierUnknown("特别严重"));
        assertThat(DiscretionBenchmark.verdict(Optional.empty(), "一般", fine("100")).findings())
                .containsExactly(Finding.of(Reason.NO_BENCHMARK));
        assertThat(DiscretionBenchmark.verdict(Optional.of(published), " 一般 ", fine("2000")).within()).isTrue();
    }
}
