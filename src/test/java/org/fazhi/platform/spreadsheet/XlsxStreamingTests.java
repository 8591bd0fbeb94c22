package org.fazhi.platform.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.platform.spreadsheet.SheetFixtures.OFFICERS;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Large files are read row by row: 200,000 rows pass through without the workbook being held in memory. */
class XlsxStreamingTests {

    private static final int ROWS = 200_000;

    @TempDir
    Path directory;

    @Test
    void readsTwoHundredThousandRows() throws IOException {
        Path file = directory.resolve("large.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("执法人员");
            SheetFixtures.row(sheet, 1, OFFICERS.headers().toArray());
            for (int r = 2; r <= ROWS + 1; r++) {
                SheetFixtures.row(sheet, r, "执法人员" + r, String.format("4104251990%08d", r), r % 2 == 0 ? "男" : "女",
                        "2026-03-25", r % 40, r / 100.0);
            }
            workbook.write(out);
        }
        AtomicLong rows = new AtomicLong();
        AtomicLong lastRow = new AtomicLong();
        ImportProblems problems = new ImportProblems();

        try (InputStream in = Files.newInputStream(file)) {
            new XlsxReader().read(in, OFFICERS, row -> {
                rows.incrementAndGet();
                lastRow.set(row.number());
            }, problems);
        }

        assertThat(problems.list()).isEmpty();
        assertThat(rows.get()).isEqualTo(ROWS);
        assertThat(lastRow.get()).isEqualTo(ROWS + 1);
    }

    @Test
    void exportsTwoHundredThousandRowsAndReadsThemBack() throws IOException {
        Path file = directory.resolve("export.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new XlsxExport().write(out, OFFICERS, IntStream.rangeClosed(1, ROWS).mapToObj(i -> java.util.List.of(
                    "人员" + i, "41042519900101" + String.format("%04d", i % 10_000), "女",
                    LocalDate.of(2026, 1, 1).plusDays(i % 365).toString(), String.valueOf(i), "")));
        }
        AtomicLong rows = new AtomicLong();
        ImportProblems problems = new ImportProblems();

        try (InputStream in = Files.newInputStream(file)) {
            new XlsxReader().read(in, OFFICERS, row -> rows.incrementAndGet(), problems);
        }

        assertThat(problems.list()).isEmpty();
        assertThat(rows.get()).isEqualTo(ROWS);
    }
}
