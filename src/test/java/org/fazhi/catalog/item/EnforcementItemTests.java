package org.fazhi.catalog.item;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.catalog.ItemCategory;
import org.fazhi.shared.RegionCode;
import org.fazhi.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnforcementItemTests {

    static EnforcementItem version(long id, LocalDate from, LocalDate to) {
        return new EnforcementItem(id, RegionCode.of("410425"), 7, "CF-01-001", "对经营假种子的行政处罚",
                ItemCategory.PENALTY, true, from, to,
                List.of(new LegalBasis("中华人民共和国种子法", "第七十四条", null)), List.of(), 0);
    }

    @Test
    void isInForceFromItsFirstToItsLastDayInclusive() {
        EnforcementItem item = version(1, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        assertThat(item.isInForceOn(LocalDate.of(2023, 12, 31))).isFalse();
        assertThat(item.isInForceOn(LocalDate.of(2024, 1, 1))).isTrue();
        assertThat(item.isInForceOn(LocalDate.of(2024, 12, 31))).isTrue();
        assertThat(item.isInForceOn(LocalDate.of(2025, 1, 1))).isFalse();
        assertThat(item.isFutureOn(LocalDate.of(2023, 6, 1))).isTrue();
    }

    @Test
    void anOpenEndedVersionStaysInForce() {
        EnforcementItem item = version(1, LocalDate.of(2024, 1, 1), null);
        assertThat(item.isInForceOn(LocalDate.of(2099, 1, 1))).isTrue();
    }

    @Test
    void aRevisionClosesThePreviousVersionTheDayBeforeItStarts() {
        EnforcementItem current = version(1, LocalDate.of(2021, 1, 1), null);
        EnforcementItem closed = current.closedBefore(LocalDate.of(2024, 1, 1));
        assertThat(closed.effectiveTo()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(closed.effectiveFrom()).isEqualTo(current.effectiveFrom());
        assertThat(closed.name()).isEqualTo(current.name());
    }

    @Test
    void aRevisionKeepsAnEarlierEndAndShortensALaterOne() {
        EnforcementItem ended = version(1, LocalDate.of(2021, 1, 1), LocalDate.of(2022, 6, 30));
        assertThat(ended.closedBefore(LocalDate.of(2024, 1, 1))).isSameAs(ended);
        EnforcementItem endsLater = version(1, LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31));
        assertThat(endsLater.closedBefore(LocalDate.of(2024, 1, 1)).effectiveTo()).isEqualTo(LocalDate.of(2023, 12, 31));
    }

    @Test
    void refusesARevisionThatDoesNotStartAfterTheVersionItFollows() {
        EnforcementItem current = version(1, LocalDate.of(2024, 1, 1), null);
        assertThatThrownBy(() -> current.closedBefore(LocalDate.of(2024, 1, 1)))
                .isInstanceOf(RuleViolation.class).hasMessage("catalog.item.revision.not-after");
    }

    @Test
    void refusesToEndBeforeItStarted() {
        EnforcementItem current = version(1, LocalDate.of(2024, 1, 1), null);
        assertThat(current.endedOn(LocalDate.of(2024, 1, 1)).effectiveTo()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThatThrownBy(() -> current.endedOn(LocalDate.of(2023, 12, 31))).isInstanceOf(RuleViolation.class);
    }
}
