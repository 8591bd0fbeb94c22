package org.fazhi.catalog.benchmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.fazhi.catalog.FineBasis;
import org.fazhi.catalog.PenaltyKind;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.fazhi.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a user submits to draft or change a benchmark: the page's form (tiers as {@value DiscretionBenchmark#MAX_TIERS}
 * repeated rows, blank rows ignored) and the API's request body. Amounts are in yuan, as people write them.
 */
public record BenchmarkForm(
        @NotNull(message = "{catalog.benchmark.item.required}") @Nullable Long itemId,
        @NotBlank(message = "{catalog.benchmark.title.required}") String title,
        @Nullable String basis,
        @NotNull(message = "{catalog.benchmark.effective-from.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate effectiveFrom,
        @Nullable List<TierForm> tiers,
        int version) {

    /** One tier row; {@code fineMin}/{@code fineMax} in yuan for a fixed range, multiples for the other bases. */
    public record TierForm(@Nullable String name, @Nullable String circumstances, @Nullable List<PenaltyKind> kinds,
                           @Nullable FineBasis fineBasis, @Nullable BigDecimal fineMin, @Nullable BigDecimal fineMax,
                           @Nullable BigDecimal multipleMin, @Nullable BigDecimal multipleMax) {

        static TierForm blank() {
            return new TierForm("", "", List.of(), FineBasis.NONE, null, null, null, null);
        }

        static TierForm of(BenchmarkTier tier) {
            FineRule rule = tier.fineRule();
            return new TierForm(tier.name(), tier.circumstances(), tier.sortedKinds(), rule.basis(),
                    rule.min() == null ? null : rule.min().toYuan(), rule.max() == null ? null : rule.max().toYuan(),
                    rule.multipleMin(), rule.multipleMax());
        }

        boolean isBlank() {
            return text(name).isEmpty() && text(circumstances).isEmpty() && (kinds == null || kinds.isEmpty())
                    && fineMin == null && fineMax == null && multipleMin == null && multipleMax == null;
        }

        /** The tier this row describes, or null after adding the problems that prevent reading it. */
        @Nullable BenchmarkTier toTier(int position, List<FieldProblem> problems) {
            String prefix = "tiers[" + (position - 1) + "].";
            FineBasis basis = fineBasis == null ? FineBasis.NONE : fineBasis;
            int before = problems.size();
            BigDecimal low = basis == FineBasis.FIXED ? fineMin : multipleMin;
            BigDecimal high = basis == FineBasis.FIXED ? fineMax : multipleMax;
            String lowField = basis == FineBasis.FIXED ? "fineMin" : "multipleMin";
            String highField = basis == FineBasis.FIXED ? "fineMax" : "multipleMax";
            if (basis != FineBasis.NONE) {
                requireFigure(low, prefix + lowField, basis, problems);
                requireFigure(high, prefix + highField, basis, problems);
            }
            if (problems.size() > before) {
                return null;
            }
            FineRule rule = basis == FineBasis.NONE ? FineRule.none()
                    : basis == FineBasis.FIXED ? FineRule.fixed(yuan(low), yuan(high))
                    : FineRule.multiple(basis, Objects.requireNonNull(low), Objects.requireNonNull(high));
            return new BenchmarkTier(position, text(name), text(circumstances),
                    kinds == null ? Set.of() : Set.copyOf(kinds), rule);
        }

        private static void requireFigure(@Nullable BigDecimal figure, String field, FineBasis basis,
                                          List<FieldProblem> problems) {
            if (figure == null) {
                problems.add(FieldProblem.of(field, "catalog.benchmark.tier.figure.required"));
            } else if (basis == FineBasis.FIXED && (figure.scale() > 2 || figure.abs().compareTo(MAX_YUAN) > 0)) {
                problems.add(FieldProblem.of(field, "catalog.benchmark.tier.amount.invalid"));
            }
        }

        private static Money yuan(@Nullable BigDecimal yuan) {
            return Money.ofYuan(Objects.requireNonNull(yuan).toPlainString());
        }
    }

    /** Ten billion yuan: more than any fine, less than a long of fen can hold. */
    static final BigDecimal MAX_YUAN = new BigDecimal("10000000000");

    public static BenchmarkForm empty(@Nullable Long itemId, LocalDate today) {
        return new BenchmarkForm(itemId, "", "", today, List.of(), 0).withRows();
    }

    public static BenchmarkForm of(DiscretionBenchmark benchmark) {
        return new BenchmarkForm(benchmark.item().id(), benchmark.title(), benchmark.basis(),
                benchmark.effectiveFrom(), benchmark.tiers().stream().map(TierForm::of).toList(),
                benchmark.version()).withRows();
    }

    /** The same form with blank rows up to the number of tiers a benchmark may have, for the page. */
    public BenchmarkForm withRows() {
        List<TierForm> rows = new ArrayList<>(tiers == null ? List.of() : tiers);
        while (rows.size() < DiscretionBenchmark.MAX_TIERS) {
            rows.add(TierForm.blank());
        }
        return new BenchmarkForm(itemId, title, basis, effectiveFrom, rows, version);
    }

    /** The tiers of the non-blank rows, each positioned by its row; problems that prevent reading a row are added. */
    List<BenchmarkTier> toTiers(List<FieldProblem> problems) {
        List<BenchmarkTier> read = new ArrayList<>();
        List<TierForm> rows = tiers == null ? List.of() : tiers;
        for (int i = 0; i < rows.size(); i++) {
            TierForm row = rows.get(i);
            if (row != null && !row.isBlank()) {
                BenchmarkTier tier = row.toTier(i + 1, problems);
                if (tier != null) {
                    read.add(tier);
                }
            }
        }
        return read;
    }

    static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
