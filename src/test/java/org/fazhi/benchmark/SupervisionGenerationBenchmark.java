package org.fazhi.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.CaseGeneration;
import org.fazhi.catalog.CatalogGeneration;
import org.fazhi.disclosure.PublicationGeneration;
import org.fazhi.entities.PartyGeneration;
import org.fazhi.inspection.InspectionGeneration;
import org.fazhi.registry.RegistryGeneration;
import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.SupervisionGeneration;
import org.fazhi.supervision.monitoring.Monitoring;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The province generator's supervision step over one generated county (registry, catalog, parties, inspections,
 * cases and publications made by the modules' generators first): the step's time by part (rounds, reviews,
 * transfers, accountability, the alerts' history passes), then a fresh full pass of today for comparison, which
 * must raise and clear nothing. Sizes as {@code MonitoringRulesBBenchmark}: {@code -Dbench.inspections-per-year}
 * (default 400), {@code -Dbench.cases-per-year} (150), {@code -Dbench.years} (3), {@code -Dbench.parties} (500),
 * {@code -Dbench.officers} (200); the generator's default county is 6000, 3000, 5, 20000, 1000.
 */
@FazhiIntegrationTest
@Tag("benchmark")
class SupervisionGenerationBenchmark {

    private static final RegionCode COUNTY = RegionCode.of("419941");

    @Autowired RegistryGeneration registry;
    @Autowired CatalogGeneration catalog;
    @Autowired PartyGeneration parties;
    @Autowired InspectionGeneration inspections;
    @Autowired CaseGeneration cases;
    @Autowired PublicationGeneration publications;
    @Autowired SupervisionGeneration supervision;
    @Autowired Monitoring monitoring;
    @Autowired JdbcClient jdbc;

    @Test
    void generatesACountysSupervisionHistory() throws Exception {
        int years = BenchmarkReport.size("bench.years", 3);
        long started = System.nanoTime();
        RegistryGeneration.County county = registry.generateCounty(COUNTY, BenchmarkReport.size("bench.officers", 200), 11);
        catalog.generateCounty(COUNTY, county.name(), 40, 11);
        catalog.fileInspectionLists(COUNTY, county.name(), 11);
        parties.generate(COUNTY, BenchmarkReport.size("bench.parties", 500), 11);
        inspections.generateCounty(COUNTY, BenchmarkReport.size("bench.inspections-per-year", 400), years, 11, false);
        cases.generateCounty(COUNTY, BenchmarkReport.size("bench.cases-per-year", 150), years, 11);
        publications.generateCounty(COUNTY, 11);
        double generation = (System.nanoTime() - started) / 1e9;
        jdbc.sql("analyze").update();

        SupervisionGeneration.County made = supervision.generateCounty(COUNTY, years, 11);
        long passStarted = System.nanoTime();
        Monitoring.CountyPass pass = monitoring.fullPass(COUNTY, monitoring.today());
        double passMillis = (System.nanoTime() - passStarted) / 1e6;

        assertThat(pass.raised()).isZero();
        assertThat(pass.cleared()).isZero();
        List<String> lines = new ArrayList<>();
        lines.add(String.format("county %s: %d inspection tasks, %d cases, generated in %.1f s (%s)", COUNTY.value(),
                count("select count(*) from inspection.task where region_code = ?"),
                count("select count(*) from casework.penalty_case where region_code like ? || '%'"), generation,
                Instant.now()));
        lines.add(String.format("supervision step: %d ms in all", made.millis()));
        lines.add(String.format("  rounds          %6d ms  %s", made.rounds().millis(), made.rounds()));
        lines.add(String.format("  reviews         %6d ms  %s", made.reviews().millis(), made.reviews()));
        lines.add(String.format("  transfers       %6d ms  %s", made.transfers().millis(), made.transfers()));
        lines.add(String.format("  accountability  %6d ms  %s", made.accountability().millis(),
                made.accountability()));
        lines.add(String.format("  alerts          %6d ms  %s", made.alerts().millis(), made.alerts()));
        lines.add(String.format("a fresh full pass of today afterwards: %.0f ms, %d causes, nothing raised or cleared",
                passMillis, pass.holding()));
        BenchmarkReport.write("supervision-generation", lines);
    }

    private long count(String sql) {
        return jdbc.sql(sql).param(COUNTY.value()).query(Long.class).single();
    }
}
