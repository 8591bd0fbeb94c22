package org.fazhi.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * One value of an indicator. A rate keeps its numerator and denominator, so a page can print "216/245" beside
 * "88.16%" and a report can recompute it; a rate over nothing has no value rather than 0%.
 */
public record Figure(@Nullable BigDecimal value, long numerator, long denominator, boolean rate) {

    public static Figure count(long count) {
        return new Figure(BigDecimal.valueOf(count), count, 0, false);
    }

    public static Figure amount(BigDecimal amount) {
        return new Figure(amount, 0, 0, false);
    }

    /** numerator ÷ denominator as a percentage rounded half-up to two decimals; no value when nothing was counted. */
    public static Figure rate(long numerator, long denominator) {
        BigDecimal percent = denominator == 0 ? null : BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
        return new Figure(percent, numerator, denominator, true);
    }

    public boolean hasValue() {
        return value != null;
    }

    /** For charts and tables: the value, or 0 when there is none. */
    public double asDouble() {
        return value == null ? 0 : value.doubleValue();
    }
}
