package org.fazhi.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.entities.PartyGeneration;
import org.fazhi.entities.party.Parties;
import org.fazhi.entities.party.PartySearch;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.shared.RegionCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 3's search figure: median and p95 latency of a name-fragment search (first page of 20 and its capped
 * count, as the list page and the API run it) over N generated parties, for fragments of 2, 3 and 4 characters
 * taken from the trade names of random parties. Size: {@code -Dbench.parties=2000000} (default 3,000 for CI).
 */
@FazhiIntegrationTest
@Tag("benchmark")
class PartySearchBenchmark {

    private static final int CHUNK = 200_000;
    private static final int SAMPLES = 200;

    @Autowired PartyGeneration generation;
    @Autowired Parties parties;
    @Autowired JdbcClient jdbc;

    @Test
    void searchesByTwoThreeAndFourCharacterFragments() throws Exception {
        int size = BenchmarkReport.size("bench.parties", 3_000);
        long started = System.nanoTime();
        for (int done = 0; done < size; done += CHUNK) {
            generation.generate(RegionCode.of("410425"), Math.min(CHUNK, size - done), 1_000 + done);
        }
        double generating = (System.nanoTime() - started) / 1e9;
        jdbc.sql("vacuum analyze entities.party").update();
        long total = jdbc.sql("select count(*) from entities.party").query(Long.class).single();
        List<String> names = jdbc.sql("select name from entities.party where kind <> 'PERSON' and left(region_code, 6) = ?"
                        + " order by md5(id::text) limit ?") // the searching leader's county: other tests add others
                .params(RegistryTestData.COUNTY.value(), SAMPLES).query(String.class).list();
        List<String> lines = new ArrayList<>(List.of(String.format(
                "parties=%d (generated %d in %.0f s through the import)  samples=%d per length  (%s)", total, size,
                generating, names.size(), java.time.Instant.now())));
        for (int length = 2; length <= 4; length++) {
            List<String> fragments = fragments(names, length);
            fragments.forEach(this::search);
            long[] nanos = new long[fragments.size()];
            long matches = 0;
            for (int i = 0; i < fragments.size(); i++) {
                long start = System.nanoTime();
                matches += search(fragments.get(i)).total();
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            lines.add(String.format("%d characters: median %5.1f ms  p95 %5.1f ms  max %6.1f ms  (mean matches %.0f, count capped at 10001)",
                    length, nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.95)] / 1e6,
                    nanos[nanos.length - 1] / 1e6, (double) matches / fragments.size()));
            assertThat(search(fragments.get(0)).total()).isPositive();
        }
        for (String common : List.of("有限", "便利店", "郏县")) {
            long start = System.nanoTime();
            long found = search(common).total();
            lines.add(String.format("common fragment %s: %.1f ms (%d+ matches)", common, (System.nanoTime() - start) / 1e6, found));
        }
        BenchmarkReport.write("party-search", lines);
    }

    private Page<?> search(String fragment) {
        return parties.search(RegistryTestData.leader(), PartySearch.byName(fragment), PageRequest.of(1, 20));
    }

    /** Fragments of the given length from the trade part of each name (after the county's name). */
    private static List<String> fragments(List<String> names, int length) {
        List<String> fragments = new ArrayList<>();
        for (String name : names) {
            String trade = name.startsWith("郏县") ? name.substring(2) : name;
            if (trade.length() >= length) {
                fragments.add(trade.substring(0, length));
            }
        }
        return fragments;
    }
}
