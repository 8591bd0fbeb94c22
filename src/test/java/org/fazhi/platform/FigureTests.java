package org.fazhi.platform;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FigureTests {

    @Test
    void aRateIsAPercentageRoundedHalfUpToTwoDecimals() {
        // 001's exam: 216 passed of 245 sat = 88.16% (seed requirement F4).
        Figure rate = Figure.rate(216, 245);
        assertThat(rate.value()).isEqualByComparingTo(new BigDecimal("88.16"));
        assertThat(rate.numerator()).isEqualTo(216);
        assertThat(rate.denominator()).isEqualTo(245);
        assertThat(Figure.rate(1, 8).value()).isEqualByComparingTo(new BigDecimal("12.50"));
        assertThat(Figure.rate(2, 3).value()).isEqualByComparingTo(new BigDecimal("66.67"));
    }

    @Test
    void aRateOverNothingHasNoValue() {
        assertThat(Figure.rate(0, 0).hasValue()).isFalse();
        assertThat(Figure.rate(0, 0).asDouble()).isZero();
    }

    @Test
    void countsAreWholeNumbers() {
        assertThat(Figure.count(427).value()).isEqualByComparingTo("427");
        assertThat(Figure.count(427).rate()).isFalse();
    }
}
