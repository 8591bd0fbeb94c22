package org.fazhi.identity;

import org.fazhi.shared.RegionCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DataScopeTests {

    private static final RegionCode COUNTY = RegionCode.of("410425");
    private static final RegionCode TOWNSHIP = RegionCode.of("410425100");
    private static final RegionCode OTHER_COUNTY = RegionCode.of("410421");

    @Test
    void aCountyScopeCoversItsTownshipsButNotAnotherCounty() {
        DataScope county = DataScope.ofRegion(COUNTY);
        assertThat(county.covers(TOWNSHIP, 5L)).isTrue();
        assertThat(county.covers(COUNTY, null)).isTrue();
        assertThat(county.covers(OTHER_COUNTY, 5L)).isFalse();
        assertThat(county.regionPattern()).isEqualTo("410425%");
    }

    @Test
    void anAgencyScopeCoversOnlyItsOwnAgency() {
        DataScope agency = DataScope.ofAgency(COUNTY, 7);
        assertThat(agency.covers(COUNTY, 7L)).isTrue();
        assertThat(agency.covers(COUNTY, 8L)).isFalse();
        assertThat(agency.coversRegion(COUNTY)).isFalse();
    }

    @Test
    void aTownshipScopeDoesNotCoverTheCounty() {
        DataScope township = DataScope.ofRegion(TOWNSHIP);
        assertThat(township.covers(COUNTY, null)).isFalse();
        assertThat(township.covers(TOWNSHIP, 3L)).isTrue();
    }

    @Test
    void agencyRolesGetAnAgencyScope() {
        SignedInUser officer = new SignedInUser(1, "o", "o", Role.OFFICER, COUNTY, 7L, true, false, false, null);
        SignedInUser leader = new SignedInUser(2, "l", "l", Role.LEADER, COUNTY, null, true, false, false, null);
        assertThat(officer.scope()).isEqualTo(DataScope.ofAgency(COUNTY, 7));
        assertThat(leader.scope()).isEqualTo(DataScope.ofRegion(COUNTY));
    }
}
