package org.fazhi.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.catalog.item.EnforcementItem;
import org.fazhi.identity.AgencyOptions.Option;
import org.fazhi.identity.DataScope;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.registry.RegionDirectory;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agency;
import org.fazhi.shared.RegionCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** What other modules learn from the catalog: which items may be cited on a day. */
@FazhiIntegrationTest
class ItemCatalogIntegrationTests {

    @Autowired ItemCatalog catalog;
    @Autowired RegistryTestData registry;
    @Autowired CatalogTestData data;
    @Autowired AgencyDirectory agencies;
    @Autowired RegionDirectory regions;

    @Test
    void onlyAnItemInForceOnTheDayIsPublishedAndListed() {
        Agency agency = registry.agency("引用事项局");
        EnforcementItem current = data.item(agency, "可引用的检查事项", LocalDate.of(2024, 1, 1), null);
        EnforcementItem ended = data.item(agency, "已失效的检查事项", LocalDate.of(2022, 1, 1), LocalDate.of(2023, 12, 31));
        LocalDate day = LocalDate.of(2024, 6, 1);

        assertThat(catalog.find(current.id())).hasValueSatisfying(summary -> {
            assertThat(summary.code()).isEqualTo(current.code());
            assertThat(summary.agencyId()).isEqualTo(agency.id());
            assertThat(summary.category()).isEqualTo(ItemCategory.PENALTY);
        });
        assertThat(catalog.find(-1)).isEmpty();
        assertThat(catalog.isPublishedInForce(current.id(), day)).isTrue();
        assertThat(catalog.isPublishedInForce(current.id(), LocalDate.of(2023, 12, 31))).isFalse();
        assertThat(catalog.isPublishedInForce(ended.id(), day)).isFalse();
        assertThat(catalog.citableInForce(RegistryTestData.COUNTY, day).get(agency.id()))
                .extracting(ItemSummary::id).containsExactly(current.id());
        assertThat(catalog.citableInForce(RegistryTestData.COUNTY, LocalDate.of(2023, 1, 1)).get(agency.id()))
                .extracting(ItemSummary::id).containsExactly(ended.id());
        assertThat(catalog.citableAmong(RegistryTestData.COUNTY, agency.id(), List.of(current.id(), ended.id()), day))
                .as("only the asked items, and only those in force").extracting(ItemSummary::id)
                .containsExactly(current.id());
        assertThat(catalog.citableAmong(RegistryTestData.COUNTY, agency.id() + 1_000_000, List.of(current.id()), day))
                .as("another agency's item").isEmpty();
    }

    @Test
    void aTownshipTeamMayCiteWhatWasDelegatedToItsTownshipOnceTheDelegationTakesEffect() {
        Agency department = registry.agency("赋权部门");
        EnforcementItem delegated = data.item(CatalogTestData.delegated(CatalogTestData.form(department.id(),
                CatalogTestData.code(), "下放的检查事项", LocalDate.of(2024, 1, 1), null), department.id()));
        List<Option> teams = agencies.townshipTeams(DataScope.ofRegion(RegistryTestData.COUNTY));
        Option town = teams.stream().filter(team -> isTown(team.region())).findFirst().orElseThrow();
        Option subdistrict = teams.stream().filter(team -> !isTown(team.region())).findFirst().orElseThrow();
        LocalDate day = LocalDate.of(2024, 6, 1);

        Map<Long, List<ItemSummary>> citable = catalog.citableInForce(RegistryTestData.COUNTY, day);

        assertThat(citable.get(town.id())).extracting(ItemSummary::id).contains(delegated.id());
        assertThat(citable.get(department.id())).extracting(ItemSummary::id).containsExactly(delegated.id());
        assertThat(citable.getOrDefault(subdistrict.id(), List.of())).extracting(ItemSummary::id)
                .doesNotContain(delegated.id());
        assertThat(catalog.citableInForce(RegistryTestData.COUNTY, LocalDate.of(2023, 12, 31))
                .getOrDefault(town.id(), List.of())).extracting(ItemSummary::id).doesNotContain(delegated.id());
        assertThat(catalog.citableAmong(RegistryTestData.COUNTY, town.id(), List.of(delegated.id()), day))
                .extracting(ItemSummary::id).containsExactly(delegated.id());
        assertThat(catalog.citableAmong(RegistryTestData.COUNTY, subdistrict.id(), List.of(delegated.id()), day))
                .isEmpty();
        assertThat(catalog.citableAmong(RegistryTestData.COUNTY, town.id(), List.of(delegated.id()),
                LocalDate.of(2023, 12, 31))).as("before the delegation takes effect").isEmpty();
        assertThat(catalog.everyVersion(RegistryTestData.COUNTY, town.id())).extracting(ItemSummary::id)
                .as("an imported record of the team's past visit may cite it").contains(delegated.id());
        assertThat(catalog.everyVersion(RegistryTestData.COUNTY, subdistrict.id())).extracting(ItemSummary::id)
                .doesNotContain(delegated.id());
    }

    private boolean isTown(RegionCode township) {
        return !regions.find(township).orElseThrow().subdistrict();
    }
}
