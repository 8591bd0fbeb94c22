package org.fazhi.registry;

import java.util.Arrays;

import org.fazhi.registry.demo.ProvinceCounty;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProvinceCountyTests {

    @Test
    void officersAreSharedOutToExactlyTheRequestedCount() {
        int[] sizes = ProvinceCounty.sizes(1_000, 45);
        assertThat(Arrays.stream(sizes).sum()).isEqualTo(1_000);
        assertThat(sizes[0]).isGreaterThan(sizes[44] * 2);
        assertThat(Arrays.stream(ProvinceCounty.sizes(40, 45)).sum()).isEqualTo(40);
    }
}
