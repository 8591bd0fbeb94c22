package org.fazhi.benchmark;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.platform.Indicator;
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
 * catalog does (one grouped query per indicator). The entries are written straight into
 * {@code governance.ledger_entry} with generate_series, {@code -Dbench.entries} (default 20) per type, county and
 * year, values drawn from each declaration's own fields (options in turn, numbers, dates within the year). Issue
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

    @Test
    void computesEveryLedgerIndicatorForEveryCountyAndYear() throws IOException {
        int counties = BenchmarkReport.size("bench.counties", 2);
        int years = BenchmarkReport.size("bench.years", 1);
        int entries = BenchmarkReport.size("bench.entries", 20);
        List<JsonNode> types = declarations();
        int lastYear = LocalDate.now().getYear();
        long loadStarted = System.nanoTime();
        for (int c = 0; c < counties; c++) {
            for (JsonNode type : types) {
                insert(county(c), type, lastYear - years + 1, years, entries);
            }
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
        for (int c = 0; c < counties; c++) {
            for (int y = lastYear - years + 1; y <= lastYear; y++) {
                for (Indicator indicator : indicators) {
                    Indicator.Measurement m = indicator.measure(county(c), Period.year(y));
                    if (measured++ == 0) {
                        firstTotal = m.total().numerator();
                    }
                }
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
                        .formatted(seconds, seconds * 1000 / measured)));
    }

    private void insert(RegionCode county, JsonNode type, int firstYear, int years, int perYear) {
        List<String> values = new ArrayList<>();
        for (JsonNode field : type.get("fields")) {
            values.add("'" + field.get("code").asString() + "', " + value(field, type.get("dateField").asString()));
        }
        jdbc.sql("""
                insert into governance.ledger_entry (region_code, type_code, agency_id, entry_date, field_values,
                                                     created_by)
                select :county, :type, 1 + g %% 25, d, jsonb_build_object(%s), 'benchmark'
                  from generate_series(0, :n - 1) g,
                       lateral (select make_date(:firstYear + g / :perYear, 1, 1) + (g %% :perYear) * 360 / :perYear as d) day
                """.formatted(String.join(", ", values)))
                .params(Map.of("county", county.value(), "type", type.get("code").asString(),
                        "n", years * perYear, "firstYear", firstYear, "perYear", perYear)).update();
    }

    private static String value(JsonNode field, String dateField) {
        String code = field.get("code").asString();
        return switch (field.get("type").asString()) {
            case "DATE" -> code.equals(dateField) ? "d::text" : "(d + 10)::text";
            case "INTEGER" -> "g % 200";
            case "MONEY" -> "(g % 1000) * 100";
            case "BOOLEAN" -> "g % 2 = 0";
            case "AGENCY" -> "1 + g % 25";
            case "CHOICE" -> {
                List<String> options = field.get("options").valueStream().map(o -> "'" + o.asString() + "'").toList();
                yield "(array[" + String.join(", ", options) + "])[1 + g % " + options.size() + "]";
            }
            default -> "'benchmark ' || g";
        };
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
