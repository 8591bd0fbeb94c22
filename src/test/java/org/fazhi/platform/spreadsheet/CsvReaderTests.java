package org.fazhi.platform.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.platform.spreadsheet.SheetFixtures.read;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CsvReaderTests {

    private static final String HEADER = "姓名,身份证号码,性别,发证日期,执法年限,补贴金额\r\n";
    private static final Charset GB18030 = Charset.forName("GB18030");

    private final CsvReader reader = new CsvReader();

    @Test
    void readsUtf8WithoutByteOrderMark() {
        byte[] file = (HEADER + "张三,410425199001011234,男,2026/3/25,12,1500.50\r\n").getBytes(StandardCharsets.UTF_8);

        SheetFixtures.Result result = read(reader, file);

        assertThat(result.problemList()).isEmpty();
        assertThat(result.rows()).containsExactly(new SheetRow(2, Map.of("name", "张三",
                "idNumber", "410425199001011234", "gender", "男", "certifiedOn", "2026-03-25", "years", "12",
                "allowance", "1500.5")));
    }

    @Test
    void readsUtf8WithByteOrderMark() {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        file.writeBytes((HEADER + "张三,1,男\n").getBytes(StandardCharsets.UTF_8));

        SheetFixtures.Result result = read(reader, file.toByteArray());

        assertThat(result.problemList()).isEmpty();
        assertThat(result.rows()).extracting(row -> row.text("name")).containsExactly("张三");
    }

    @Test
    void readsGb18030AsExcelSavesCsvOnChineseWindows() {
        byte[] file = (HEADER + "欧阳娜娜,41042519900101123X,女,2026年3月25日,,\r\n").getBytes(GB18030);

        SheetFixtures.Result result = read(reader, file);

        assertThat(result.problemList()).isEmpty();
        assertThat(result.rows().get(0).text("name")).isEqualTo("欧阳娜娜");
        assertThat(result.rows().get(0).text("certifiedOn")).isEqualTo("2026-03-25");
        assertThat(result.rows().get(0).text("years")).isEmpty();
    }

    @Test
    void refusesAnIdNumberThatASpreadsheetSavedAsANumber() {
        String csv = HEADER + "张三,4.10425199001011E+017,男\r\n" + "李四,4.10425E+17,女\r\n"
                + "王五,410425199001011000,男\r\n";

        SheetFixtures.Result result = read(reader, csv.getBytes(GB18030));

        assertThat(result.rows()).isEmpty();
        assertThat(result.problemList()).containsExactly(
                ImportProblem.inCell(2, "身份证号码", "import.error.code-as-number", 18, "4.10425199001011E+017"),
                ImportProblem.inCell(3, "身份证号码", "import.error.code-as-number", 18, "4.10425E+17"),
                ImportProblem.inCell(4, "身份证号码", "import.error.code-as-number", 18, "410425199001011000"));
    }

    @Test
    void readsQuotedFieldsWithCommasDoubledQuotesAndLineBreaks() {
        SheetLayout notes = SheetLayout.of("备注", Column.text("title", "标题", true, 0),
                Column.text("body", "内容", false, 0), Column.text("code", "代码", false, 0));
        String csv = "标题,内容,代码\n"
                + "\"甲,乙\",\"他说：\"\"可以\"\"\",\"007\"\n"
                + "\"两行\",\"第一行\r\n第二行\",\n"
                + "最后,\"\",x\n";

        SheetFixtures.Result result = read(reader, csv.getBytes(StandardCharsets.UTF_8), notes);

        assertThat(result.problemList()).isEmpty();
        assertThat(result.rows()).containsExactly(
                new SheetRow(2, Map.of("title", "甲,乙", "body", "他说：\"可以\"", "code", "007")),
                new SheetRow(3, Map.of("title", "两行", "body", "第一行\r\n第二行", "code", "")),
                new SheetRow(4, Map.of("title", "最后", "body", "", "code", "x")));
    }

    @Test
    void checksCellsLikeTheXlsxReader() {
        String csv = HEADER
                + ",1,男\n"
                + "乙,2,未知,2026-13-01\n"
                + "\n"
                + "丁,4,女,,1.5,abc\n"
                + "戊,5,女\n";

        SheetFixtures.Result result = read(reader, csv.getBytes(StandardCharsets.UTF_8));

        assertThat(result.problemList()).containsExactly(
                ImportProblem.inCell(2, "姓名", "import.error.required"),
                ImportProblem.inCell(3, "性别", "import.error.unknown-value", "男、女"),
                ImportProblem.inCell(3, "发证日期", "import.error.not-a-date"),
                ImportProblem.inCell(5, "执法年限", "import.error.not-an-integer"),
                ImportProblem.inCell(5, "补贴金额", "import.error.not-a-number"));
        assertThat(result.rows()).extracting(SheetRow::number).containsExactly(6);
    }

    @Test
    void refusesADifferentHeader() {
        byte[] file = "姓名,证件号码,性别,发证日期,执法年限,补贴金额\n张三,1,男\n".getBytes(StandardCharsets.UTF_8);

        assertThat(read(reader, file).problemList())
                .containsExactly(ImportProblem.inRow(1, "import.error.header", 2, "身份证号码"));
    }

    @Test
    void reportsAnEmptyFileAndAHeaderOnlyFile() {
        assertThat(read(reader, new byte[0]).problemList()).containsExactly(ImportProblem.inFile("import.error.empty"));
        assertThat(read(reader, HEADER.getBytes(StandardCharsets.UTF_8)).problemList())
                .containsExactly(ImportProblem.inFile("import.error.empty"));
    }

    @Test
    void reportsGbkTextThatAppearsOnlyAfterAUtf8LookingStart() {
        StringBuilder rows = new StringBuilder(HEADER);
        for (int i = 0; i < 5_000; i++) {
            rows.append("Zhang San,").append(i).append(",男\n");
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(rows.toString().getBytes(StandardCharsets.UTF_8));
        file.writeBytes("张三,9,男\n".getBytes(GB18030));

        assertThat(read(reader, file.toByteArray()).problemList())
                .containsExactly(ImportProblem.inFile("import.error.encoding"));
    }

    @Test
    void stopsAtAnUnclosedQuoteInsteadOfReadingTheRestIntoOneField() {
        StringBuilder csv = new StringBuilder(HEADER).append("\"张三,1,男\n");
        for (int i = 0; i < 100_000; i++) {
            csv.append("李四,").append(i).append(",男\n");
        }

        SheetFixtures.Result result = read(reader, csv.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(result.problemList()).containsExactly(ImportProblem.inRow(2, "import.error.record-too-long"));
    }

    @Test
    void stopsAtTheRowLimit() {
        byte[] file = (HEADER + "甲,1,男\n乙,2,男\n丙,3,男\n").getBytes(StandardCharsets.UTF_8);

        SheetFixtures.Result result = read(new CsvReader(2), file);

        assertThat(result.problemList()).containsExactly(ImportProblem.inFile("import.error.too-many-rows", 2));
    }

    @Test
    void choosesTheReaderByFileName() {
        assertThat(SheetReader.forFileName("人员.CSV", 10)).isInstanceOf(CsvReader.class);
        assertThat(SheetReader.forFileName("人员.xlsx", 10)).isInstanceOf(XlsxReader.class);
    }
}
