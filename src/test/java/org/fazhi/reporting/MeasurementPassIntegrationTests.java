package org.fazhi.reporting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.CaseGeneration;
import org.fazhi.catalog.CatalogGeneration;
import org.fazhi.disputes.ReconsiderationGeneration;
import org.fazhi.entities.PartyGeneration;
import org.fazhi.governance.LedgerGeneration;
import org.fazhi.identity.DataScope;
import org.fazhi.platform.GroupedTally;
import org.fazhi.platform.Indicator;
import org.fazhi.platform.Indicator.Measurement;
import org.fazhi.platform.MeasurementPass;
import org.fazhi.registry.RegistryGeneration;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.shared.Period;
import org.fazhi.shared.RegionCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A measurement pass changes how often the indicators read, never what they find: every catalog indicator gives
 * the same figures measured within one pass as measured alone, on a generated county and on the demo county.
 */
@FazhiIntegrationTest
class MeasurementPassIntegrationTests {

    /** A code no real county, generated province or other test uses. */
    private static final RegionCode GENERATED = RegionCode.of("419963");

    @Autowired IndicatorCatalog catalog;
    @Autowired RegistryGeneration registry;
    @Autowired CatalogGeneration items;
    @Autowired PartyGeneration parties;
    @Autowired CaseGeneration cases;
    @Autowired ReconsiderationGeneration reconsiderations;
    @Autowired LedgerGeneration ledgers;

    private final int thisYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    @Test
    void everyIndicatorMeasuresTheSameInAPassAsAloneAndThePassReadsTheAgenciesOnce() {
        generate();
        List<Indicator> grouped = catalog.all().stream().filter(GroupedTally.class::isInstance).toList();
        for (RegionCode county : List.of(GENERATED, RegistryTestData.COUNTY)) {
            for (Period period : List.of(Period.year(thisYear - 1), Period.year(thisYear))) {
                MeasurementPass pass = new MeasurementPass();
                for (Indicator indicator : catalog.all()) {
                    Measurement shared = indicator.measure(county, period, pass);
                    assertThat(shared).as("%s in %s, %s", indicator.code(), county, period)
                            .isEqualTo(indicator.measure(county, period));
                }
                MeasurementPass.Stats stats = pass.stats();
                assertThat(stats.agencyReads()).as("agency lists read for %s", county).isEqualTo(1);
                assertThat(stats.queriesRun() + stats.queriesShared()).isEqualTo(grouped.size());
                // The twelve indicators over concluded reconsiderations share a query, a ledger type's indicators one.
                assertThat(stats.queriesShared()).isGreaterThan(30);
            }
        }
    }

    @Test
    void theCatalogMeasuresAllIndicatorsOfAScopeInOnePassAsItMeasuresEachAlone() {
        generate();
        Period period = Period.year(thisYear - 1);
        Map<Indicator, Measurement> county = catalog.measureAll(catalog.all(), DataScope.ofRegion(GENERATED), period);
        assertThat(county.keySet()).containsExactlyElementsOf(catalog.all());
        long agency = county.values().stream().flatMap(m -> m.byAgency().stream()).findFirst().orElseThrow()
                .agencyId();
        for (DataScope scope : List.of(DataScope.ofRegion(GENERATED), DataScope.ofAgency(GENERATED, agency))) {
            catalog.measureAll(catalog.all(), scope, period).forEach((indicator, measurement) ->
                    assertThat(measurement).as("%s for %s", indicator.code(), scope)
                            .isEqualTo(catalog.measure(indicator, scope, period)));
        }
    }

    private synchronized void generate() {
        if (ledgers.hasEntries(GENERATED)) {
            return;
        }
        long seed = 7;
        RegistryGeneration.County made = registry.generateCounty(GENERATED, 30, seed);
        items.generateCounty(GENERATED, made.name(), 10, seed);
        parties.generate(GENERATED, 40, seed);
        cases.generateCounty(GENERATED, 20, 2, seed);
        reconsiderations.generateCounty(GENERATED, 2, seed);
        ledgers.generate(GENERATED, 2, 15, seed);
    }
}
