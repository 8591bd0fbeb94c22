package org.fazhi.platform.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.platform.spreadsheet.SheetFixtures.OFFICERS;
import static org.fazhi.platform.spreadsheet.SheetFixtures.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxExportTests {

    private final XlsxExport export = new XlsxExport();

    @Test
    void anExportImportsBackUnchanged() {
        byte[] file = export(Stream.of(
                List.of("张三", "410425199001011234", "男", "2026-03-25", "12", "1500.5"),
                Arrays.asList("李四", "007", "女", "", null, "12345678901234567.25")));

        SheetFixtures.Result result = read(new XlsxReader(), file);

        assertThat(result.problemList()).isEmpty();
        assertThat(result.rows()).extracting(row -> row.text("idNumber")).containsExactly("410425199001011234", "007");
        assertThat(result.rows().get(0).text("years")).isEqualTo("12");
        assertThat(result.rows().get(0).text("certifiedOn")).isEqualTo("2026-03-25");
        assertThat(result.rows().get(1).text("years")).isEmpty();
        assertThat(result.rows().get(1).text("allowance")).isEqualTo("12345678901234567.25");
    }

    @Test
    void writesNumbersAsNumbersAndEverythingElseAsText() throws IOException {
        byte[] file = export(Stream.of(List.of("张三", "410425199001011234", "男", "2026-03-25", "12", "1500.5")));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            XSSFSheet sheet = workbook.getSheet("执法人员");
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(1).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("@");
            assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(12.0);
            assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(1500.5);
        }
    }

    @Test
    void leavesNoTemporaryFilesBehind() throws IOException {
        export(Stream.of(List.of("张三", "1", "男", "", "", "")));

        Path poiFiles = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        if (Files.isDirectory(poiFiles)) {
            try (Stream<Path> files = Files.list(poiFiles)) {
                assertThat(files.map(file -> file.getFileName().toString())).noneMatch(n -> n.startsWith("poi-sxssf"));
            }
        }
    }

    private byte[] export(Stream<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(out, OFFICERS, rows);
        return out.toByteArray();
    }
}
