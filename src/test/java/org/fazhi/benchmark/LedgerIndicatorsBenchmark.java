package org.fazhi.benchmark;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.governance.LedgerGeneration;
import org.fazhi.platform.Indicator;
import org.fazhi.platform.MeasurementPass;
import org.fazhi.reporting.IndicatorCatalog;
import org.fazhi.shared.Period;
import org.fazhi.shared.RegionCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12's ledger figure: every indicator of the shipped ledger declarations, for {@code -Dbench.counties}
 * counties (default 2) × {@code -Dbench.years} years (default 1), each county and year measured as the reporting
 * catalog does ({@code IndicatorCatalog.measureAll}: one {@link MeasurementPass}, so one grouped query per ledger
 * type). The entries are written by the province generator's
 * {@link LedgerGeneration}, {@code -Dbench.entries} (default 20) per type, county and year (the counties have no
 * agencies, so every entry is the bureau's own). Issue
 * size: 100 counties × 5 years; goal under 10 s.
 */
@FazhiIntegrationTest
@Tag("benchmark")
class LedgerIndicatorsBenchmark {

    /** Codes no real county has, so the benchmark's entries never mix with the demo county's. */
    private static final int FIRST_COUNTY = 498001;

    @Autowired IndicatorCatalog catalog;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired LedgerGeneration generation;

    @Test
    void computesEveryLedgerIndicatorForEveryCountyAndYear() throws IOException {
        int counties = BenchmarkReport.size("bench.counties", 2);
        int years = BenchmarkReport.size("bench.years", 1);
        int entries = BenchmarkReport.size("bench.entries", 20);
        List<JsonNode> types = declarations();
        int lastYear = LocalDate.now().getYear();
        long loadStarted = System.nanoTime();
        for (int c = 0; c < counties; c++) {
            generation.generate(county(c), years, entries, c);
        }
        jdbc.sql("analyze governance.ledger_entry").update();
        double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;
        Set<String> codes = types.stream().flatMap(t -> t.get("indicators").valueStream())
                .map(i -> i.get("code").asString()).collect(Collectors.toSet());
        List<Indicator> indicators = catalog.all().stream().filter(i -> codes.contains(i.code())).toList();
        assertThat(indicators).hasSize(codes.size());

        long started = System.nanoTime();
        long measured = 0;
        long firstTotal = -1;
        long queries = 0;
        long agencyReads = 0;
        for (int c = 0; c < counties; c++) {
            for (int y = lastYear - years + 1; y <= lastYear; y++) {
                MeasurementPass pass = new MeasurementPass();
                for (Indicator indicator : indicators) {
                    Indicator.Measurement m = indicator.measure(county(c), Period.year(y), pass);
                    if (measured++ == 0) {
                        firstTotal = m.total().numerator();
                    }
                }
                queries += pass.stats().queriesRun();
                agencyReads += pass.stats().agencyReads();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(firstTotal).isEqualTo(entries);
        long rows = (long) counties * years * types.size() * entries;
        BenchmarkReport.write("ledger-indicators", List.of(
                "ledger indicators: %d indicators of %d shipped types × %d counties × %d years = %d measurements"
                        .formatted(indicators.size(), types.size(), counties, years, measured),
                "entries: %d (%d per type, county and year), loaded in %.1f s".formatted(rows, entries, loadSeconds),
                "all ledger indicators computed in %.2f s (%.2f ms per measurement)"
                        .formatted(seconds, seconds * 1000 / measured),
                "one measurement pass per county and year: %d grouped queries, %d agency lists read"
                        .formatted(queries, agencyReads)));
    }

    private List<JsonNode> declarations() throws IOException {
        List<JsonNode> types = new ArrayList<>();
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:governance/ledgers/*.json")) {
            types.add(json.readTree(file.getInputStream()));
        }
        return types;
    }

    private static RegionCode county(int index) {
        return RegionCode.of(Integer.toString(FIRST_COUNTY + index));
    }
}
