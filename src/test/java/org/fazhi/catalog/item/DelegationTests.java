package org.fazhi.catalog.item;

import java.time.LocalDate;

import org.fazhi.shared.RegionCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which townships a delegation (赋权) reaches, and from when. */
class DelegationTests {

    private static final RegionCode TOWN = RegionCode.of("410425101");
    private static final RegionCode OTHER_TOWN = RegionCode.of("410425102");
    private static final LocalDate FROM = LocalDate.of(2024, 3, 1);

    @Test
    void toEveryTownshipReachesTownsAndTownshipsButNotSubdistricts() {
        Delegation delegation = new Delegation(Delegation.Receiver.TOWNSHIPS, null, 7, "城市管理", FROM);
        assertThat(delegation.reaches(TOWN, false, FROM)).isTrue();
        assertThat(delegation.reaches(TOWN, true, FROM)).isFalse();
    }

    @Test
    void toEverySubdistrictReachesOnlySubdistricts() {
        Delegation delegation = new Delegation(Delegation.Receiver.SUBDISTRICTS, null, 7, "城市管理", FROM);
        assertThat(delegation.reaches(TOWN, true, FROM)).isTrue();
        assertThat(delegation.reaches(TOWN, false, FROM)).isFalse();
    }

    @Test
    void toOneRegionReachesThatTownshipAlone() {
        Delegation delegation = new Delegation(Delegation.Receiver.ONE_REGION, TOWN, 7, null, FROM);
        assertThat(delegation.reaches(TOWN, false, FROM)).isTrue();
        assertThat(delegation.reaches(OTHER_TOWN, false, FROM)).isFalse();
    }

    @Test
    void reachesNobodyBeforeItTakesEffect() {
        Delegation delegation = new Delegation(Delegation.Receiver.TOWNSHIPS, null, 7, null, FROM);
        assertThat(delegation.reaches(TOWN, false, FROM.minusDays(1))).isFalse();
    }
}
