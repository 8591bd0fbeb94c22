package org.fazhi.catalog;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * Whether a proposed penalty stays within the item's published discretion benchmark (行政处罚法第三十四条), and
 * every reason it does not. A penalty outside the benchmark is not forbidden outright, but it must say why.
 */
public record BenchmarkVerdict(boolean within, List<Finding> findings) {

    public BenchmarkVerdict {
        findings = List.copyOf(findings);
        if (within != findings.isEmpty()) {
            throw new IllegalArgumentException("A verdict is within the benchmark exactly when nothing was found");
        }
    }

    public static BenchmarkVerdict of(List<Finding> findings) {
        return new BenchmarkVerdict(findings.isEmpty(), findings);
    }

    public boolean has(Reason reason) {
        return findings.stream().anyMatch(finding -> finding.reason() == reason);
    }

    /** Why a proposal is outside the benchmark; the message {@code catalog.verdict.<REASON>} explains it. */
    public enum Reason {
        /** The item has no benchmark. */ NO_BENCHMARK,
        /** The benchmark was never published, so it cannot be relied on (第三十四条). */ BENCHMARK_NOT_PUBLISHED,
        /** On the decision day the benchmark or its item is not in force. */ NOT_IN_FORCE,
        /** The benchmark has no tier of that name. */ TIER_UNKNOWN,
        /** The tier does not allow this kind of penalty. */ KIND_NOT_ALLOWED,
        /** The tier allows no fine. */ FINE_NOT_ALLOWED,
        /** A fine is proposed without its amount. */ FINE_AMOUNT_MISSING,
        /** The tier's fine is a multiple of illegal gains or goods' value, and that base is missing or zero. */ BASE_MISSING,
        /** The fine is below the tier's minimum. */ FINE_BELOW_MINIMUM,
        /** The fine is above the tier's maximum. */ FINE_ABOVE_MAXIMUM
    }

    /**
     * One reason with its figures; only those the reason needs are set.
     *
     * @param kind  the penalty kind the tier does not allow
     * @param basis the base a multiple needs
     * @param fine  the proposed fine
     * @param limit the tier's minimum or maximum, already multiplied out
     * @param tier  the tier name asked for
     * @param day   the decision day
     */
    public record Finding(Reason reason, @Nullable PenaltyKind kind, @Nullable FineBasis basis, @Nullable Money fine,
                          @Nullable Money limit, @Nullable String tier, @Nullable LocalDate day) {

        public static Finding of(Reason reason) {
            return new Finding(reason, null, null, null, null, null, null);
        }

        public static Finding notInForce(LocalDate day) {
            return new Finding(Reason.NOT_IN_FORCE, null, null, null, null, null, day);
        }

        public static Finding tierUnknown(String tier) {
            return new Finding(Reason.TIER_UNKNOWN, null, null, null, null, tier, null);
        }

        public static Finding kindNotAllowed(PenaltyKind kind) {
            return new Finding(Reason.KIND_NOT_ALLOWED, kind, null, null, null, null, null);
        }

        public static Finding fineNotAllowed(@Nullable Money fine) {
            return new Finding(Reason.FINE_NOT_ALLOWED, null, null, fine, null, null, null);
        }

        public static Finding baseMissing(FineBasis basis) {
            return new Finding(Reason.BASE_MISSING, null, basis, null, null, null, null);
        }

        public static Finding belowMinimum(Money fine, Money minimum) {
            return new Finding(Reason.FINE_BELOW_MINIMUM, null, null, fine, minimum, null, null);
        }

        public static Finding aboveMaximum(Money fine, Money maximum) {
            return new Finding(Reason.FINE_ABOVE_MAXIMUM, null, null, fine, maximum, null, null);
        }

        public String messageKey() {
            return "catalog.verdict." + reason.name();
        }
    }
}
