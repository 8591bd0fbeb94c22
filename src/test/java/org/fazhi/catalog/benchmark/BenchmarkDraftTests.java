package org.fazhi.catalog.benchmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.fazhi.catalog.FineBasis;
import org.fazhi.catalog.PenaltyKind;
import org.fazhi.catalog.benchmark.BenchmarkForm.TierForm;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.fazhi.shared.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.catalog.benchmark.BenchmarkFixtures.tier;

/** The checks on a drafted benchmark, before anything is saved. */
class BenchmarkDraftTests {

    @Test
    void aWellFormedBenchmarkHasNoProblems() {
        assertThat(BenchmarkFixtures.benchmark(false).problems()).isEmpty();
    }

    @Test
    void needsAtLeastOneTierAndNoMoreThanFive() {
        assertThat(keys(DiscretionBenchmark.problemsOf("基准名称", null, List.of())))
                .containsExactly("tiers:catalog.benchmark.tiers.required");
        List<BenchmarkTier> six = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            six.add(tier(i, "第" + i + "档", Set.of(PenaltyKind.WARNING), FineRule.none()));
        }
        assertThat(keys(DiscretionBenchmark.problemsOf("基准名称", null, six)))
                .containsExactly("tiers:catalog.benchmark.tiers.too-many");
    }

    @Test
    void tierNamesAreUnique() {
        List<BenchmarkTier> tiers = List.of(tier(1, "一般", Set.of(PenaltyKind.WARNING), FineRule.none()),
                tier(2, "一般", Set.of(PenaltyKind.PUBLIC_CRITICISM), FineRule.none()));
        assertThat(keys(DiscretionBenchmark.problemsOf("基准名称", null, tiers)))
                .containsExactly("tiers[1].name:catalog.benchmark.tier.name.duplicate");
    }

    @Test
    void aFineIsAmongTheKindsExactlyWhenTheTierHasAFineRule() {
        BenchmarkTier fineWithoutRule = tier(1, "一般", Set.of(PenaltyKind.FINE), FineRule.none());
        assertThat(keys(fineWithoutRule.problems("tiers[0].")))
                .containsExactly("tiers[0].fineBasis:catalog.benchmark.tier.fine.rule-required");
        BenchmarkTier ruleWithoutFine = tier(1, "一般", Set.of(PenaltyKind.WARNING),
                FineRule.fixed(Money.ofYuan("100"), Money.ofYuan("200")));
        assertThat(keys(ruleWithoutFine.problems("tiers[0].")))
                .containsExactly("tiers[0].kinds:catalog.benchmark.tier.fine.kind-required");
        assertThat(keys(tier(1, "一般", Set.of(), FineRule.none()).problems("tiers[0].")))
                .containsExactly("tiers[0].kinds:catalog.benchmark.tier.kinds.required");
    }

    @Test
    void rangesAreOrderedAndHaveAPositiveTop() {
        BenchmarkTier reversed = tier(1, "一般", Set.of(PenaltyKind.FINE), FineRule.fixed(Money.ofYuan("500"), Money.ofYuan("100")));
        assertThat(keys(reversed.problems("tiers[0].")))
                .containsExactly("tiers[0].fineMax:catalog.benchmark.tier.range.order");
        BenchmarkTier zero = tier(1, "一般", Set.of(PenaltyKind.FINE), FineRule.fixed(Money.ZERO, Money.ZERO));
        assertThat(keys(zero.problems("tiers[0].")))
                .containsExactly("tiers[0].fineMax:catalog.benchmark.tier.amount.positive");
        BenchmarkTier multiples = tier(1, "较重", Set.of(PenaltyKind.FINE),
                FineRule.multiple(FineBasis.ILLEGAL_GAINS, new BigDecimal("3"), new BigDecimal("1")));
        assertThat(keys(multiples.problems("tiers[0].")))
                .containsExactly("tiers[0].multipleMax:catalog.benchmark.tier.range.order");
        BenchmarkTier tooFine = tier(1, "较重", Set.of(PenaltyKind.FINE),
                FineRule.multiple(FineBasis.GOODS_VALUE, new BigDecimal("1.255"), new BigDecimal("2")));
        assertThat(keys(tooFine.problems("tiers[0].")))
                .containsExactly("tiers[0].multipleMin:catalog.benchmark.tier.multiple.invalid");
    }

    @Test
    void formRowsSkipBlanksKeepTheirRowNumberAndNeedTheirFigures() {
        TierForm light = new TierForm("轻微", "初次违法", List.of(PenaltyKind.WARNING), FineBasis.NONE, null, null, null, null);
        TierForm missingTop = new TierForm("一般", "一般情形", List.of(PenaltyKind.FINE), FineBasis.FIXED,
                new BigDecimal("100"), null, null, null);
        BenchmarkForm form = new BenchmarkForm(7L, "基准名称", null, LocalDate.of(2026, 1, 1),
                List.of(light, TierForm.blank(), missingTop), 0);
        List<FieldProblem> problems = new ArrayList<>();
        List<BenchmarkTier> tiers = form.toTiers(problems);
        assertThat(tiers).extracting(BenchmarkTier::name).containsExactly("轻微");
        assertThat(keys(problems)).containsExactly("tiers[2].fineMax:catalog.benchmark.tier.figure.required");
        assertThat(BenchmarkForm.of(BenchmarkFixtures.benchmark(true)).tiers()).hasSize(DiscretionBenchmark.MAX_TIERS);
    }

    private static List<String> keys(List<FieldProblem> problems) {
        return problems.stream().map(problem -> problem.field() + ":" + problem.messageKey()).toList();
    }
}
