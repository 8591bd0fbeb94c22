package org.fazhi.catalog.item;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.catalog.item.EnforcementItemTests.version;

class ItemHistoryTests {

    private final ItemHistory history = new ItemHistory(List.of(
            version(2, LocalDate.of(2024, 1, 1), null),
            version(1, LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31))));

    @Test
    void keepsVersionsOldestFirst() {
        assertThat(history.versions()).extracting(EnforcementItem::id).containsExactly(1L, 2L);
        assertThat(history.inForceOn(LocalDate.of(2022, 5, 1))).map(EnforcementItem::id).contains(1L);
        assertThat(history.inForceOn(LocalDate.of(2020, 5, 1))).isEmpty();
    }

    @Test
    void findsAnOverlappingVersion() {
        assertThat(history.overlapping(0, LocalDate.of(2023, 6, 1), LocalDate.of(2023, 12, 31)))
                .map(EnforcementItem::id).contains(1L);
        assertThat(history.overlapping(0, LocalDate.of(2030, 1, 1), null)).map(EnforcementItem::id).contains(2L);
    }

    @Test
    void adjacentPeriodsDoNotOverlapNorDoesAVersionWithItself() {
        assertThat(history.overlapping(0, LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31))).isEmpty();
        assertThat(history.overlapping(2, LocalDate.of(2024, 1, 1), null)).isEmpty();
    }

    @Test
    void aRevisionOfTheCurrentVersionFitsOnceItIsClosed() {
        EnforcementItem current = history.find(2).orElseThrow();
        LocalDate from = LocalDate.of(2026, 1, 1);
        assertThat(history.overlapping(0, from, null)).isPresent();
        ItemHistory after = history.closing(current, from);
        assertThat(after.find(2).orElseThrow().effectiveTo()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(after.overlapping(0, from, null)).isEmpty();
    }

    @Test
    void aRevisionOfAnOldVersionMayNotRunIntoTheNewerOne() {
        EnforcementItem old = history.find(1).orElseThrow();
        ItemHistory after = history.closing(old, LocalDate.of(2023, 7, 1));
        assertThat(after.overlapping(0, LocalDate.of(2023, 7, 1), null)).map(EnforcementItem::id).contains(2L);
    }
}
