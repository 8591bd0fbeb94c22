package org.fazhi.catalog.benchmark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.fazhi.catalog.BenchmarkVerdict.Finding;
import org.fazhi.catalog.BenchmarkVerdict.Reason;
import org.fazhi.catalog.FineBasis;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.fazhi.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * A tier's fine: none, an amount range in fen, or a range of multiples of the illegal gains or the goods' value
 * (e.g. 违法所得一倍以上三倍以下). Multiples turn into amounts only when a case states its base, rounded half up
 * to the fen.
 */
public record FineRule(FineBasis basis, @Nullable Money min, @Nullable Money max, @Nullable BigDecimal multipleMin,
                       @Nullable BigDecimal multipleMax) {

    /** numeric(8, 2) in the table. */
    static final BigDecimal MAX_MULTIPLE = new BigDecimal("999999.99");

    public FineRule {
        boolean amounts = min != null && max != null;
        boolean multiples = multipleMin != null && multipleMax != null;
        if (basis == FineBasis.FIXED ? !amounts : basis.isMultiple() ? !multiples : amounts || multiples) {
            throw new IllegalArgumentException("Fine rule " + basis + " with the wrong figures");
        }
    }

    public static FineRule none() {
        return new FineRule(FineBasis.NONE, null, null, null, null);
    }

    public static FineRule fixed(Money min, Money max) {
        return new FineRule(FineBasis.FIXED, min, max, null, null);
    }

    public static FineRule multiple(FineBasis basis, BigDecimal min, BigDecimal max) {
        return new FineRule(basis, null, null, min, max);
    }

    public boolean isNone() {
        return basis == FineBasis.NONE;
    }

    /** What is wrong with the figures: negative, in the wrong order, or an empty upper end. */
    List<FieldProblem> problems(String prefix) {
        List<FieldProblem> problems = new ArrayList<>();
        if (basis == FineBasis.FIXED) {
            Money low = Objects.requireNonNull(min);
            Money high = Objects.requireNonNull(max);
            if (low.isNegative()) {
                problems.add(FieldProblem.of(prefix + "fineMin", "catalog.benchmark.tier.amount.negative"));
            }
            if (!high.isGreaterThan(Money.ZERO)) {
                problems.add(FieldProblem.of(prefix + "fineMax", "catalog.benchmark.tier.amount.positive"));
            } else if (low.isGreaterThan(high)) {
                problems.add(FieldProblem.of(prefix + "fineMax", "catalog.benchmark.tier.range.order"));
            }
        } else if (basis.isMultiple()) {
            BigDecimal low = Objects.requireNonNull(multipleMin);
            BigDecimal high = Objects.requireNonNull(multipleMax);
            if (low.signum() < 0 || low.scale() > 2 || low.compareTo(MAX_MULTIPLE) > 0) {
                problems.add(FieldProblem.of(prefix + "multipleMin", "catalog.benchmark.tier.multiple.invalid"));
            }
            if (high.signum() <= 0 || high.scale() > 2 || high.compareTo(MAX_MULTIPLE) > 0) {
                problems.add(FieldProblem.of(prefix + "multipleMax", "catalog.benchmark.tier.multiple.invalid"));
            } else if (low.compareTo(high) > 0) {
                problems.add(FieldProblem.of(prefix + "multipleMax", "catalog.benchmark.tier.range.order"));
            }
        }
        return problems;
    }

    /** The findings about a proposed fine under this rule; {@code fine} null means no amount was given. */
    List<Finding> judge(@Nullable Money fine, @Nullable Money illegalGains, @Nullable Money goodsValue) {
        List<Finding> findings = new ArrayList<>();
        if (fine == null) {
            findings.add(Finding.of(Reason.FINE_AMOUNT_MISSING));
        }
        Money low = min;
        Money high = max;
        if (basis.isMultiple()) {
            Money base = basis == FineBasis.ILLEGAL_GAINS ? illegalGains : goodsValue;
            if (base == null || !base.isGreaterThan(Money.ZERO)) {
                findings.add(Finding.baseMissing(basis));
                return findings;
            }
            low = base.multiply(Objects.requireNonNull(multipleMin));
            high = base.multiply(Objects.requireNonNull(multipleMax));
        }
        if (fine == null || low == null || high == null) {
            return findings;
        }
        if (fine.isLessThan(low)) {
            findings.add(Finding.belowMinimum(fine, low));
        } else if (fine.isGreaterThan(high)) {
            findings.add(Finding.aboveMaximum(fine, high));
        }
        return findings;
    }

    /** The lower multiple as pages write it: {@code 1} for 1.00, {@code 1.5} for 1.50. */
    public String multipleMinText() {
        return multipleText(multipleMin);
    }

    public String multipleMaxText() {
        return multipleText(multipleMax);
    }

    private static String multipleText(@Nullable BigDecimal multiple) {
        return multiple == null ? "" : multiple.stripTrailingZeros().toPlainString();
    }
}
