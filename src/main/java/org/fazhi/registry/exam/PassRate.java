package org.fazhi.registry.exam;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * 通过率: of the officers who sat, how many passed, as a percentage rounded half-up to two decimals (seed
 * requirement F4: 216 passed of 245 sat is 88.16). No rate when nobody sat: 0 of 0 is not 0%.
 *
 * @param rate percentage such as {@code 88.16}, or null when {@code sat} is 0
 */
public record PassRate(long sat, long passed, @Nullable BigDecimal rate) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public PassRate {
        if (sat < 0 || passed < 0 || passed > sat) {
            throw new IllegalArgumentException("passed " + passed + " of " + sat + " sat");
        }
    }

    public static PassRate of(long sat, long passed) {
        BigDecimal rate = sat == 0 ? null
                : BigDecimal.valueOf(passed).multiply(HUNDRED).divide(BigDecimal.valueOf(sat), 2, RoundingMode.HALF_UP);
        return new PassRate(sat, passed, rate);
    }

    public long failed() {
        return sat - passed;
    }
}
