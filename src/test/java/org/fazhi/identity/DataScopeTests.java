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
        SignedInUser officer = user(Role.OFFICER, 7L, null);
        SignedInUser leader = user(Role.LEADER, null, null);
        assertThat(officer.scope()).isEqualTo(DataScope.ofAgency(COUNTY, 7));
        assertThat(leader.scope()).isEqualTo(DataScope.ofRegion(COUNTY));
    }

    @Test
    void anEnterpriseKeepsARegionScopeAndNamesItsParty() {
        SignedInUser enterprise = user(Role.ENTERPRISE, null, 42L);
        assertThat(enterprise.scope()).isEqualTo(DataScope.ofRegion(COUNTY));
        assertThat(enterprise.partyId()).isEqualTo(42L);
    }

    private static SignedInUser user(Role role, Long agencyId, Long partyId) {
        return new SignedInUser(1, "u", "u", role, COUNTY, agencyId, partyId, true, false, false, null);
    }
}
