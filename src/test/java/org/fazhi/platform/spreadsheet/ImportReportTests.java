package org.fazhi.platform.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ImportReportTests {

    private final ImportReport report = new ImportReport(SheetFixtures.messages());

    @Test
    void describesProblemsInChinese() {
        assertThat(report.describe(ImportProblem.inCell(3, "姓名", "import.error.too-long", 10)))
                .isEqualTo("超过 10 个字符");
        assertThat(report.describe(ImportProblem.inRow(1, "import.error.header", 2, "身份证号码")))
                .isEqualTo("表头与模板不一致：第 2 列应为“身份证号码”");
        assertThat(report.describe(ImportProblem.inCell(4, "性别", "import.error.unknown-value", "男、女")))
                .isEqualTo("不是可选值之一：男、女");
    }

    @Test
    void writesOneLinePerProblemWithRowColumnAndText() throws IOException {
        ImportProblems problems = new ImportProblems();
        problems.add(ImportProblem.inCell(2, "姓名", "import.error.required"));
        problems.add(ImportProblem.inCell(5, "发证日期", "import.error.not-a-date"));
        problems.add(ImportProblem.inFile("import.error.empty"));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(write(problems)))) {
            Sheet sheet = workbook.getSheetAt(0);

            assertThat(sheet.getSheetName()).isEqualTo("导入问题");
            assertThat(line(sheet, 0)).containsExactly("行", "列", "问题");
            assertThat(line(sheet, 1)).containsExactly("2", "姓名", "必填");
            assertThat(line(sheet, 2)).containsExactly("5", "发证日期", "日期格式应为 2026-03-25");
            assertThat(line(sheet, 3)).containsExactly("", "整个文件", "文件中没有数据行");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
        }
    }

    @Test
    void saysHowManyProblemsWereNotKept() throws IOException {
        ImportProblems problems = new ImportProblems(2);
        for (int row = 2; row < 7; row++) {
            problems.add(ImportProblem.inCell(row, "姓名", "import.error.required"));
        }

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(write(problems)))) {
            Sheet sheet = workbook.getSheetAt(0);

            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).startsWith("另有 3 处问题未列出");
        }
    }

    private byte[] write(ImportProblems problems) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.write(out, problems);
        return out.toByteArray();
    }

    private static String[] line(Sheet sheet, int index) {
        DataFormatter formatter = new DataFormatter();
        String[] cells = new String[3];
        for (int i = 0; i < 3; i++) {
            Cell cell = sheet.getRow(index).getCell(i);
            cells[i] = cell == null ? "" : formatter.formatCellValue(cell);
        }
        return cells;
    }
}
