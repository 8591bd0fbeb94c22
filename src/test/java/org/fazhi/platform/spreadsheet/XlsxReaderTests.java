package org.fazhi.platform.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.platform.spreadsheet.SheetFixtures.OFFICERS;
import static org.fazhi.platform.spreadsheet.SheetFixtures.officersXlsx;
import static org.fazhi.platform.spreadsheet.SheetFixtures.read;
import static org.fazhi.platform.spreadsheet.SheetFixtures.row;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class XlsxReaderTests {

    private final XlsxReader reader = new XlsxReader();

    @Test
    void handsOnValidRowsWithNormalisedValues() {
        byte[] file = officersXlsx(sheet -> {
            row(sheet, 2, " 张三 ", "410425199001011234", "男", LocalDate.of(2026, 3, 25), 12, 1500.5);
            row(sheet, 3, "李四", "41042519900101123X", "女", "2026/3/5", "7", "2,000.00");
        });

        SheetFixtures.Result result = read(reader, file);

        assertThat(result.problemList()).isEmpty();
        assertThat(result.rows()).containsExactly(
                new SheetRow(2, Map.of("name", "张三", "idNumber", "410425199001011234", "gender", "男",
                        "certifiedOn", "2026-03-25", "years", "12", "allowance", "1500.5")),
                new SheetRow(3, Map.of("name", "李四", "idNumber", "41042519900101123X", "gender", "女",
                        "certifiedOn", "2026-03-05", "years", "7", "allowance", "2000")));
        SheetRow first = result.rows().get(0);
        assertThat(first.date("certifiedOn")).contains(LocalDate.of(2026, 3, 25));
        assertThat(first.integer("years")).contains(12L);
        assertThat(first.decimal("allowance")).contains(new BigDecimal("1500.5"));
    }

    @Test
    void keepsAnEighteenDigitIdNumberTypedAsTextExactly() {
        byte[] file = officersXlsx(sheet -> row(sheet, 2, "张三", "110101199003077777", "男"));

        SheetRow row = read(reader, file).rows().get(0);

        assertThat(row.text("idNumber")).isEqualTo("110101199003077777");
    }

    @Test
    void refusesAnIdNumberThatTheSpreadsheetTurnedIntoANumberAndCutShort() {
        byte[] file = officersXlsx(sheet -> {
            row(sheet, 2, "张三", 924104253562301234.0, "男", null, 1e17);
            row(sheet, 3, "李四", 410425199001011.0, "女");
        });

        SheetFixtures.Result result = read(reader, file);

        assertThat(result.problemList()).containsExactly(ImportProblem.inCell(2, "身份证号码",
                "import.error.code-as-number", 18, "9.24104253562301E+17"));
        assertThat(result.rows()).singleElement()
                .satisfies(row -> assertThat(row.text("idNumber")).isEqualTo("410425199001011"));
    }

    @Test
    void readsAHugeNumberInANumberColumnInFull() {
        byte[] file = officersXlsx(sheet -> row(sheet, 2, "张三", "1", "男", null, 1.5e17));

        assertThat(read(reader, file).rows().get(0).integer("years")).contains(150_000_000_000_000_000L);
    }

    @Test
    void readsIntegerValuedNumericCellsWithoutDecimalPoint() {
        byte[] file = officersXlsx(sheet -> {
            row(sheet, 2, "张三", 12345.0, "男", null, 12.0, 3.0);
            row(sheet, 3, "李四", "x", "女", null, 0, 0.1 + 0.2);
        });

        List<SheetRow> rows = read(reader, file).rows();

        assertThat(rows.get(0).text("idNumber")).isEqualTo("12345");
        assertThat(rows.get(0).text("years")).isEqualTo("12");
        assertThat(rows.get(0).text("allowance")).isEqualTo("3");
        assertThat(rows.get(1).text("years")).isEqualTo("0");
        assertThat(rows.get(1).text("allowance")).isEqualTo("0.3");
    }

    @Test
    void acceptsDateCellsAndTheUsualWrittenForms() {
        byte[] file = officersXlsx(sheet -> {
            row(sheet, 2, "甲", "1", "男", LocalDate.of(2024, 2, 29));
            row(sheet, 3, "乙", "2", "男", "2026-03-25");
            row(sheet, 4, "丙", "3", "男", "2026/3/25");
            row(sheet, 5, "丁", "4", "男", "2026年3月25日");
            row(sheet, 6, "戊", "5", "男", "2026.3.25");
        });

        List<SheetRow> rows = read(reader, file).rows();

        assertThat(rows).extracting(row -> row.text("certifiedOn"))
                .containsExactly("2024-02-29", "2026-03-25", "2026-03-25", "2026-03-25", "2026-03-25");
    }

    @Test
    void reportsEachProblemByRowAndColumnAndHandsOnOnlyGoodRows() {
        byte[] file = officersXlsx(sheet -> {
            row(sheet, 2, "", "1", "男");
            row(sheet, 3, "一二三四五六七八九十一", "2", "男");
            row(sheet, 4, "丙", "3", "未知");
            row(sheet, 5, "丁", "4", "男", "2026-02-30");
            row(sheet, 6, "戊", "5", "男", null, "十二", "很多");
            row(sheet, 7, "己", "6", "女", null, 1.5);
            row(sheet, 8, "庚", "7", "女");
        });

        SheetFixtures.Result result = read(reader, file);

        assertThat(result.problemList()).containsExactly(
                ImportProblem.inCell(2, "姓名", "import.error.required"),
                ImportProblem.inCell(3, "姓名", "import.error.too-long", 10),
                ImportProblem.inCell(4, "性别", "import.error.unknown-value", "男、女"),
                ImportProblem.inCell(5, "发证日期", "import.error.not-a-date"),
                ImportProblem.inCell(6, "执法年限", "import.error.not-an-integer"),
                ImportProblem.inCell(6, "补贴金额", "import.error.not-a-number"),
                ImportProblem.inCell(7, "执法年限", "import.error.not-an-integer"));
        assertThat(result.rows()).extracting(SheetRow::number).containsExactly(8);
    }

    @Test
    void countsLengthInCharactersNotBytesOrUtf16Units() {
        String tenRareCharacters = "𠀀".repeat(10);
        byte[] file = officersXlsx(sheet -> row(sheet, 2, tenRareCharacters, "1", "男"));

        assertThat(read(reader, file).problemList()).isEmpty();
    }

    @Test
    void refusesHeadersThatDifferFromTheLayoutAndReadsNoFurther() {
        byte[] file = SheetFixtures.xlsx(sheet -> {
            row(sheet, 1, "姓名", "身份证号", "性别", "发证日期", "执法年限", "补贴金额");
            row(sheet, 2, "张三", "1", "男");
        });

        SheetFixtures.Result result = read(reader, file);

        assertThat(result.problemList()).containsExactly(ImportProblem.inRow(1, "import.error.header", 2, "身份证号码"));
        assertThat(result.rows()).isEmpty();
    }

    @Test
    void refusesASheetWhoseFirstRowIsMissing() {
        byte[] file = SheetFixtures.xlsx(sheet -> row(sheet, 2, OFFICERS.headers().toArray()));

        assertThat(read(reader, file).problemList()).hasSize(6)
                .first().isEqualTo(ImportProblem.inRow(1, "import.error.header", 1, "姓名"));
    }

    @Test
    void skipsEmptyRowsAndIgnoresColumnsBeyondTheLayout() {
        byte[] file = SheetFixtures.xlsx(sheet -> {
            row(sheet, 1, "姓名", "身份证号码", "性别", "发证日期", "执法年限", "补贴金额", "备注");
            row(sheet, 2, "张三", "1", "男");
            row(sheet, 3, " ", "", null, null, null, null, "");
            row(sheet, 5, "李四", "2", "女", null, null, null, "任意备注");
        });

        SheetFixtures.Result result = read(reader, file);

        assertThat(result.problemList()).isEmpty();
        assertThat(result.rows()).extracting(SheetRow::number).containsExactly(2, 5);
    }

    @Test
    void reportsAFileWithoutDataRows() {
        assertThat(read(reader, officersXlsx(sheet -> { })).problemList())
                .containsExactly(ImportProblem.inFile("import.error.empty"));
        assertThat(read(reader, SheetFixtures.xlsx(sheet -> { })).problemList())
                .containsExactly(ImportProblem.inFile("import.error.empty"));
    }

    @Test
    void reportsAFileThatIsNotAnXlsxWorkbook() throws IOException {
        byte[] text = "姓名,身份证号码\n张三,1\n".getBytes(StandardCharsets.UTF_8);

        assertThat(read(reader, text).problemList()).containsExactly(ImportProblem.inFile("import.error.not-xlsx"));
        assertThat(read(reader, new byte[0]).problemList())
                .containsExactly(ImportProblem.inFile("import.error.not-xlsx"));
        assertThat(read(reader, zipWithoutWorkbook()).problemList())
                .containsExactly(ImportProblem.inFile("import.error.not-xlsx"));
    }

    private static byte[] zipWithoutWorkbook() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("不是工作簿".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void reportsATruncatedWorkbook() {
        byte[] whole = officersXlsx(sheet -> row(sheet, 2, "张三", "1", "男"));
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2);

        assertThat(read(reader, truncated).problemList())
                .containsExactly(ImportProblem.inFile("import.error.not-xlsx"));
    }

    @Test
    void stopsAtTheRowLimit() {
        byte[] file = officersXlsx(sheet -> {
            for (int r = 2; r <= 5; r++) {
                row(sheet, r, "人" + r, String.valueOf(r), "男");
            }
        });

        SheetFixtures.Result result = read(new XlsxReader(3), file);

        assertThat(result.problemList()).containsExactly(ImportProblem.inFile("import.error.too-many-rows", 3));
        assertThat(result.rows()).hasSize(3);
    }

    @Test
    void letsTheCallersOwnFailureThroughUnchanged() {
        byte[] file = officersXlsx(sheet -> row(sheet, 2, "张三", "1", "男"));
        IllegalStateException databaseDown = new IllegalStateException("database down");

        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(file), OFFICERS, row -> {
            throw databaseDown;
        }, new ImportProblems())).isSameAs(databaseDown);
    }

    @Test
    void readsOnlyTheFirstSheet() {
        byte[] file = SheetFixtures.xlsx(sheet -> {
            row(sheet, 1, OFFICERS.headers().toArray());
            row(sheet, 2, "张三", "1", "男");
            row(sheet.getWorkbook().createSheet("其他"), 1, "无关");
        });

        assertThat(read(reader, file).rows()).hasSize(1);
    }

    @Test
    void leavesNoTemporaryCopyBehind() throws IOException {
        read(reader, officersXlsx(sheet -> row(sheet, 2, "张三", "1", "男")));
        read(reader, "不是工作簿".getBytes(StandardCharsets.UTF_8));

        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(files.map(file -> file.getFileName().toString())).noneMatch(n -> n.startsWith("fazhi-import-"));
        }
    }
}
