package org.fazhi.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdsByCountyTests {

    private static final RegionCode FIRST = RegionCode.of("410425");
    private static final RegionCode SECOND = RegionCode.of("410421");

    @Test
    void answersAnIdOnlyInTheCountyItWasAskedFor() {
        IdsByCounty asked = IdsByCounty.of(Map.of(FIRST, List.of(1L, 2L), SECOND, List.of(2L, 3L)));

        assertThat(asked.asked(FIRST, 1L)).isTrue();
        assertThat(asked.asked(SECOND, 1L)).isFalse();
        assertThat(asked.asked(RegionCode.of("410422"), 2L)).isFalse();
        assertThat(asked.allIds()).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(asked.countyCodes()).containsExactlyInAnyOrder("410425", "410421");
        assertThat(asked.answers(ArrayList::new)).containsOnlyKeys(FIRST, SECOND);
    }

    @Test
    void isEmptyWhenNoCountyHasAnId() {
        assertThat(IdsByCounty.of(FIRST, List.of()).isEmpty()).isTrue();
        assertThat(IdsByCounty.of(Map.of()).isEmpty()).isTrue();
        assertThat(IdsByCounty.of(FIRST, List.of(7L)).isEmpty()).isFalse();
    }
}
