package org.fazhi.registry;

import java.time.LocalDate;
import java.time.MonthDay;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegistryPropertiesTests {

    private final RegistryProperties rules = new RegistryProperties(5, true, MonthDay.of(3, 31), true, 30);

    @Test
    void theReviewOfAYearFallsDueAfterTheDeadlineOfTheNextYear() {
        assertThat(rules.reviewYearDueOn(LocalDate.of(2026, 3, 31))).isEqualTo(2024);
        assertThat(rules.reviewYearDueOn(LocalDate.of(2026, 4, 1))).isEqualTo(2025);
        assertThat(rules.reviewYearDueOn(LocalDate.of(2026, 12, 31))).isEqualTo(2025);
    }

    @Test
    void theDeadlineIsConfigurable() {
        RegistryProperties yearEnd = new RegistryProperties(5, true, MonthDay.of(1, 31), true, 30);
        assertThat(yearEnd.reviewYearDueOn(LocalDate.of(2026, 2, 1))).isEqualTo(2025);
    }
}
