package org.fazhi.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.CaseGeneration;
import org.fazhi.catalog.CatalogGeneration;
import org.fazhi.entities.PartyGeneration;
import org.fazhi.inspection.InspectionGeneration;
import org.fazhi.registry.RegistryGeneration;
import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.monitoring.MonitoringRule;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The full-pass scan of monitoring rules 9-12 and 14-16 over one generated county (registry, catalog, parties,
 * inspections and cases made by the modules' generators): the first scan and the median of the next ones, with the
 * causes found. Sizes: {@code -Dbench.inspections-per-year} (default 400), {@code -Dbench.cases-per-year} (150),
 * {@code -Dbench.years} (3), {@code -Dbench.parties} (500), {@code -Dbench.scans} (5). A county of issue 11's size
 * (30,000 inspections, 15,000 cases): 6000, 3000, 5, 20000.
 */
@FazhiIntegrationTest
@Tag("benchmark")
class MonitoringRulesBBenchmark {

    private static final RegionCode COUNTY = RegionCode.of("419940");
    private static final Set<String> CODES = Set.of("PARTY_OVER_INSPECTED", "VISIT_WITHOUT_CHECKIN", "VISIT_RATED_LOW",
            "AGENCY_INACTIVE", "VIOLATION_WITHOUT_CASE", "PROFIT_DRIVEN_FINES", "FINE_INSTEAD_OF_REGULATION");

    @Autowired RegistryGeneration registry;
    @Autowired CatalogGeneration catalog;
    @Autowired PartyGeneration parties;
    @Autowired InspectionGeneration inspections;
    @Autowired CaseGeneration cases;
    @Autowired List<MonitoringRule> rules;
    @Autowired JdbcClient jdbc;

    @Test
    void scansAGeneratedCounty() throws Exception {
        int inspectionsPerYear = BenchmarkReport.size("bench.inspections-per-year", 400);
        int casesPerYear = BenchmarkReport.size("bench.cases-per-year", 150);
        int years = BenchmarkReport.size("bench.years", 3);
        int scans = BenchmarkReport.size("bench.scans", 5);
        long started = System.nanoTime();
        RegistryGeneration.County county = registry.generateCounty(COUNTY, 200, 11);
        catalog.generateCounty(COUNTY, county.name(), 40, 11);
        catalog.fileInspectionLists(COUNTY, county.name(), 11);
        parties.generate(COUNTY, BenchmarkReport.size("bench.parties", 500), 11);
        inspections.generateCounty(COUNTY, inspectionsPerYear, years, 11, false);
        cases.generateCounty(COUNTY, casesPerYear, years, 11);
        double generation = (System.nanoTime() - started) / 1e9;
        jdbc.sql("analyze").update();
        long tasks = count("select count(*) from inspection.task where region_code = ?");
        long caseCount = count("select count(*) from casework.penalty_case where region_code = ?");

        List<String> lines = new ArrayList<>();
        lines.add(String.format("county %s: %d inspection tasks, %d cases, generated in %.1f s; %d scans per rule (%s)",
                COUNTY.value(), tasks, caseCount, generation, scans, Instant.now()));
        LocalDate today = LocalDate.now();
        double total = 0;
        List<MonitoringRule> mine = rules.stream().filter(rule -> CODES.contains(rule.code())).toList();
        assertThat(mine).hasSize(CODES.size());
        for (MonitoringRule rule : mine) {
            long first = System.nanoTime();
            int causes = rule.scan(COUNTY, today).size();
            double firstMs = (System.nanoTime() - first) / 1e6;
            double[] millis = new double[scans];
            for (int i = 0; i < scans; i++) {
                long start = System.nanoTime();
                assertThat(rule.scan(COUNTY, today)).hasSize(causes);
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            double median = millis[scans / 2];
            total += median;
            lines.add(String.format("%-27s first %7.1f ms  median %7.1f ms  max %7.1f ms  causes %d", rule.code(),
                    firstMs, median, millis[scans - 1], causes));
        }
        lines.add(String.format("all seven rules, one county: %.1f ms (sum of medians)", total));
        BenchmarkReport.write("monitoring-rules-b", lines);
    }

    private long count(String sql) {
        return jdbc.sql(sql).param(COUNTY.value()).query(Long.class).single();
    }
}
