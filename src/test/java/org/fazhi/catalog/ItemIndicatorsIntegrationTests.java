package org.fazhi.catalog;

import java.time.LocalDate;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.identity.DataScope;
import org.fazhi.platform.Figure;
import org.fazhi.platform.Indicator.AgencyFigure;
import org.fazhi.platform.Indicator.Measurement;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agency;
import org.fazhi.reporting.IndicatorCatalog;
import org.fazhi.shared.Period;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** E1, E2 and E10 count the items in force on the period's last day, per agency. */
@FazhiIntegrationTest
class ItemIndicatorsIntegrationTests {

    @Autowired IndicatorCatalog indicators;
    @Autowired RegistryTestData registry;
    @Autowired CatalogTestData data;

    private final LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));

    @Test
    void countsOnlyItemsInForcePerAgency() {
        Agency agency = registry.agency("指标事项局");
        Agency without = registry.agency("无事项局");
        data.item(CatalogTestData.delegated(CatalogTestData.form(agency.id(), CatalogTestData.code(), "指标涉企赋权事项",
                today.minusYears(1), null), agency.id()));
        data.item(agency, "指标普通事项", today.minusYears(1), null);
        data.item(CatalogTestData.delegated(CatalogTestData.form(agency.id(), CatalogTestData.code(), "指标已失效事项",
                today.minusYears(2), today.minusYears(1)), agency.id()));
        data.item(CatalogTestData.delegated(CatalogTestData.form(agency.id(), CatalogTestData.code(), "指标未来事项",
                today.plusDays(10), null), agency.id()));

        assertThat(figureOf("ITEM_LIST_AGENCIES", agency).value()).isEqualByComparingTo("1");
        assertThat(figureOf("ENTERPRISE_ITEMS", agency).value()).isEqualByComparingTo("1");
        assertThat(figureOf("DELEGATED_ITEMS", agency).value()).isEqualByComparingTo("1");
        assertThat(figureOf("ITEM_LIST_AGENCIES", without).value()).isEqualByComparingTo("0");
        assertThat(figureOf("ENTERPRISE_ITEMS", without).value()).isEqualByComparingTo("0");
    }

    @Test
    void theTotalAddsUpTheAgenciesAndAnAgencySeesOnlyItself() {
        Agency agency = registry.agency("指标范围局");
        data.item(agency, "指标范围事项", today.minusYears(1), null);
        Measurement county = measure("ITEM_LIST_AGENCIES", DataScope.ofRegion(RegistryTestData.COUNTY));
        assertThat(county.total().value()).isEqualByComparingTo(String.valueOf(
                county.byAgency().stream().mapToLong(row -> row.figure().value().longValue()).sum()));
        Measurement own = measure("ITEM_LIST_AGENCIES", DataScope.ofAgency(RegistryTestData.COUNTY, agency.id()));
        assertThat(own.byAgency()).extracting(AgencyFigure::agencyId).containsExactly(agency.id());
        assertThat(own.total().value()).isEqualByComparingTo("1");
    }

    private Figure figureOf(String code, Agency agency) {
        return measure(code, DataScope.ofRegion(RegistryTestData.COUNTY)).byAgency().stream()
                .filter(row -> row.agencyId() == agency.id()).findFirst().orElseThrow().figure();
    }

    private Measurement measure(String code, DataScope scope) {
        return indicators.measure(indicators.find(code).orElseThrow(), scope, Period.yearToDate(today));
    }
}
