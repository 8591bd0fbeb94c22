package org.fazhi.catalog;

import java.time.LocalDate;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.catalog.item.EnforcementItem;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agency;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** What other modules learn from the catalog: which items may be cited on a day. */
@FazhiIntegrationTest
class ItemCatalogIntegrationTests {

    @Autowired ItemCatalog catalog;
    @Autowired RegistryTestData registry;
    @Autowired CatalogTestData data;

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
        assertThat(catalog.inForce(RegistryTestData.COUNTY, agency.id(), day)).extracting(ItemSummary::id)
                .containsExactly(current.id());
        assertThat(catalog.inForce(RegistryTestData.COUNTY, agency.id(), LocalDate.of(2023, 1, 1)))
                .extracting(ItemSummary::id).containsExactly(ended.id());
    }
}
