package org.fazhi.registry.exam;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PassRateTests {

    @Test
    void seedRequirementF4_216PassedOf245SatIs88point16Percent() {
        PassRate rate = PassRate.of(245, 216);

        assertThat(rate.rate()).isEqualByComparingTo("88.16");
        assertThat(rate.rate().scale()).isEqualTo(2);
        assertThat(rate.failed()).isEqualTo(29);
    }

    @Test
    void hasNoRateWhenNobodySat() {
        PassRate rate = PassRate.of(0, 0);

        assertThat(rate.sat()).isZero();
        assertThat(rate.rate()).isNull();
    }

    @Test
    void roundsHalfUpToTwoDecimals() {
        assertThat(PassRate.of(32, 1).rate()).isEqualTo(new BigDecimal("3.13"));
        assertThat(PassRate.of(3, 2).rate()).isEqualTo(new BigDecimal("66.67"));
        assertThat(PassRate.of(6, 1).rate()).isEqualTo(new BigDecimal("16.67"));
    }

    @Test
    void countsEveryoneAndNobodyPassing() {
        assertThat(PassRate.of(12, 12).rate()).isEqualTo(new BigDecimal("100.00"));
        assertThat(PassRate.of(12, 0).rate()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void refusesMorePassedThanSat() {
        assertThatIllegalArgumentException().isThrownBy(() -> PassRate.of(3, 4));
        assertThatIllegalArgumentException().isThrownBy(() -> PassRate.of(-1, 0));
    }
}
