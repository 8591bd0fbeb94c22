package org.fazhi.benchmark;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import javax.sql.DataSource;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.entities.bulk.PartyImport;
import org.fazhi.entities.bulk.PartySheet;
import org.fazhi.entities.generation.PartyRows;
import org.fazhi.registry.RegistryTestData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 3's import figures: rows per second importing parties from .csv and from .xlsx, compared in the same run
 * with PostgreSQL's own COPY of the same rows (as stored: encrypted, coded, with the name index) into a table of
 * the same shape and indexes; and the peak heap during each import.
 * Size: {@code -Dbench.rows=1000000} (default 2,000, so CI keeps it working). See docs/benchmarks.md.
 */
@FazhiIntegrationTest
@Tag("benchmark")
class PartyImportBenchmark {

    private static final List<String> TOWNSHIPS = List.of("龙山街道", "东城街道", "堂街镇", "薛店镇", "冢头镇", "安良镇",
            "黄道镇", "李口镇", "长桥镇", "茨芭镇", "姚庄回族乡", "广阔天地乡", "王集乡", "白庙乡", "渣园乡");

    @Autowired PartyImport imports;
    @Autowired PartySheet sheet;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;

    @Test
    void importsPartiesFromCsvAndXlsxAndComparesWithCopy() throws Exception {
        int rows = BenchmarkReport.size("bench.rows", 2_000);
        long seed = System.nanoTime();
        Path directory = Files.createDirectories(Path.of("target/benchmarks"));
        Path csv = directory.resolve("parties-" + rows + ".csv");
        Path xlsx = directory.resolve("parties-" + rows + ".xlsx");
        try (InputStream generated = PartyRows.csv(sheet.layout().headers(), seed, "410425", "郏县", TOWNSHIPS, rows)) {
            Files.copy(generated, csv, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        LargeWorkbook.fromCsv(PartyRows.csv(sheet.layout().headers(), seed + 1, "410425", "郏县", TOWNSHIPS, rows), xlsx);

        long before = maxId();
        Measured fromCsv = measure(() -> imports.run(RegistryTestData.admin(), Files.newInputStream(csv), "parties.csv",
                PartyImport.Mode.ALL_OR_NONE));
        Measured fromXlsx = measure(() -> imports.run(RegistryTestData.admin(), Files.newInputStream(xlsx), "parties.xlsx",
                PartyImport.Mode.ALL_OR_NONE));
        assertThat(fromCsv.outcome.inserted() + fromCsv.outcome.updated()).as("%s", fromCsv.outcome.problems().list())
                .isEqualTo(rows);
        assertThat(fromXlsx.outcome.inserted() + fromXlsx.outcome.updated()).as("%s", fromXlsx.outcome.problems().list())
                .isEqualTo(rows);
        double copySeconds = copyTheSameRows(before);

        BenchmarkReport.write("party-import", List.of(
                String.format("rows=%d  max heap=%d MiB  (%s)", rows, BenchmarkReport.maxHeapMib(), java.time.Instant.now()),
                String.format("csv  import: %6.1f s  %8.0f rows/s  peak heap %4d MiB", fromCsv.seconds,
                        rows / fromCsv.seconds, fromCsv.peakHeapMib),
                String.format("xlsx import: %6.1f s  %8.0f rows/s  peak heap %4d MiB", fromXlsx.seconds,
                        rows / fromXlsx.seconds, fromXlsx.peakHeapMib),
                String.format("COPY of the same stored rows: %6.1f s  %8.0f rows/s  -> csv import takes %.2fx COPY's time",
                        copySeconds, rows / copySeconds, fromCsv.seconds / copySeconds)));
    }

    private record Measured(PartyImport.Outcome outcome, double seconds, long peakHeapMib) {
    }

    private interface Run {
        PartyImport.Outcome run() throws Exception;
    }

    private static Measured measure(Run run) throws Exception {
        BenchmarkReport.resetPeakHeap();
        long start = System.nanoTime();
        PartyImport.Outcome outcome = run.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Measured(outcome, seconds, BenchmarkReport.peakHeapMib());
    }

    /** COPY the rows the CSV import stored into an empty table of the same shape and indexes, timed. */
    private double copyTheSameRows(long afterId) throws Exception {
        String columns = "region_code, kind, identity_key, credit_code, id_number_cipher, id_number_masked, name, address,"
                + " industry_code, scale, five_above, contact_name, contact_phone_cipher, contact_phone_masked, status,"
                + " credit_grade, marks";
        jdbc.sql("drop table if exists entities.copy_baseline").update();
        jdbc.sql("create table entities.copy_baseline (like entities.party including all)").update();
        try (Connection connection = dataSource.getConnection()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            Path stored = Files.createTempFile(Path.of("target/benchmarks"), "copy", ".tsv");
            try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(stored))) {
                copy.copyOut("copy (select " + columns + " from entities.party where id > " + afterId
                        + " order by id) to stdout", out);
            }
            long start = System.nanoTime();
            long copied;
            try (var in = new java.io.BufferedInputStream(Files.newInputStream(stored))) {
                copied = copy.copyIn("copy entities.copy_baseline (" + columns + ") from stdin", in);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Files.delete(stored);
            assertThat(copied).isPositive();
            jdbc.sql("drop table entities.copy_baseline").update();
            return seconds / 2; // both imports' rows were copied; half of them is one import's worth
        }
    }

    private long maxId() {
        return jdbc.sql("select coalesce(max(id), 0) from entities.party").query(Long.class).single();
    }

}
