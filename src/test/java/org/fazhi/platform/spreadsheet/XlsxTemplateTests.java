package org.fazhi.platform.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.platform.spreadsheet.SheetFixtures.OFFICERS;
import static org.fazhi.platform.spreadsheet.SheetFixtures.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxTemplateTests {

    private final XlsxTemplate template = new XlsxTemplate(SheetFixtures.messages());

    @Test
    void aFilledInTemplateReadsBackAsRows() throws IOException {
        ByteArrayOutputStream filled = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
            Sheet data = workbook.getSheetAt(0);
            typeInto(data.createRow(1), "张三", "410425199001011234", "男", "2026-03-25", "12", "1500.5");
            typeInto(data.createRow(2), "李四", "41042519900101123X", "女", "", "", "");
            workbook.write(filled);
        }

        SheetFixtures.Result result = read(new XlsxReader(), filled.toByteArray());

        assertThat(result.problemList()).isEmpty();
        assertThat(result.rows()).extracting(row -> row.text("idNumber"))
                .containsExactly("410425199001011234", "41042519900101123X");
        assertThat(result.rows().get(0).text("certifiedOn")).isEqualTo("2026-03-25");
    }

    @Test
    void anUntouchedTemplateHasNoDataRows() {
        assertThat(read(new XlsxReader(), template()).problemList())
                .containsExactly(ImportProblem.inFile("import.error.empty"));
    }

    @Test
    void dataSheetHoldsOnlyTheStyledFrozenHeader() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
            XSSFSheet data = workbook.getSheetAt(0);

            assertThat(data.getSheetName()).isEqualTo("执法人员");
            assertThat(data.getLastRowNum()).isZero();
            assertThat(texts(data.getRow(0)))
                    .containsExactlyElementsOf(OFFICERS.headers());
            XSSFCell header = data.getRow(0).getCell(0);
            XSSFFont font = header.getCellStyle().getFont();
            assertThat(font.getBold()).isTrue();
            assertThat(font.getFontName()).isEqualTo("宋体");
            assertThat(font.getCharSet()).isEqualTo(134);
            assertThat(data.getPaneInformation().isFreezePane()).isTrue();
            assertThat(data.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(data.getColumnWidth(1)).isGreaterThanOrEqualTo(18 * 256);
        }
    }

    @Test
    void textColumnsAreTextFormattedAndDateColumnsIsoFormatted() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
            XSSFSheet data = workbook.getSheetAt(0);

            assertThat(data.getColumnStyle(1).getDataFormatString()).isEqualTo("@");
            assertThat(data.getColumnStyle(2).getDataFormatString()).isEqualTo("@");
            assertThat(data.getColumnStyle(3).getDataFormatString()).isEqualTo("yyyy-mm-dd");
        }
    }

    @Test
    void choiceColumnsOfferADropDownForTenThousandRows() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
            List<? extends DataValidation> validations = workbook.getSheetAt(0).getDataValidations();

            assertThat(validations).hasSize(1);
            DataValidation gender = validations.get(0);
            CellRangeAddress range = gender.getRegions().getCellRangeAddress(0);
            assertThat(range.formatAsString()).isEqualTo("C2:C10001");
            assertThat(gender.getValidationConstraint().getFormula1()).isEqualTo("'可选值'!$A$1:$A$2");
            assertThat(gender.getShowErrorBox()).isTrue();
            Sheet choices = workbook.getSheet("可选值");
            assertThat(workbook.isSheetHidden(workbook.getSheetIndex(choices))).isTrue();
            assertThat(choices.getRow(0).getCell(0).getStringCellValue()).isEqualTo("男");
            assertThat(choices.getRow(1).getCell(0).getStringCellValue()).isEqualTo("女");
        }
    }

    @Test
    void instructionsSheetExplainsEachColumn() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
            Sheet instructions = workbook.getSheetAt(1);

            assertThat(instructions.getSheetName()).isEqualTo("填写说明");
            assertThat(instructions.getRow(0).getCell(0).getStringCellValue()).contains("执法人员");
            assertThat(texts(instructions.getRow(2)))
                    .containsExactly("列名", "是否必填", "填写要求", "示例");
            assertThat(texts(instructions.getRow(3)))
                    .containsExactly("姓名", "是", "文本，不超过 10 个字符", "张三");
            assertThat(instructions.getRow(4).getCell(2).getStringCellValue())
                    .startsWith("代码，按文本填写，不超过 18 个字符").contains("“文本”格式");
            assertThat(instructions.getRow(5).getCell(2).getStringCellValue()).isEqualTo("从下拉列表中选择：男、女");
            assertThat(instructions.getRow(6).getCell(1).getStringCellValue()).isEqualTo("否");
            assertThat(instructions.getRow(6).getCell(2).getStringCellValue()).startsWith("日期，如 2026-03-25");
        }
    }

    private static List<String> texts(Row row) {
        List<String> texts = new java.util.ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    private byte[] template() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        template.write(out, OFFICERS);
        return out.toByteArray();
    }

    /**
     * Types values the way Excel stores them: in a preformatted column the cell takes the column's format, a date
     * becomes a date serial, a number typed into a General column becomes a number.
     */
    private static void typeInto(Row row, String... values) {
        Sheet sheet = row.getSheet();
        for (int i = 0; i < values.length; i++) {
            if (values[i].isEmpty()) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (sheet.getColumnStyle(i) != null) {
                cell.setCellStyle(sheet.getColumnStyle(i));
            }
            ColumnType type = OFFICERS.columns().get(i).type();
            if (type == ColumnType.DATE) {
                cell.setCellValue(LocalDate.parse(values[i]));
            } else if (type == ColumnType.INTEGER || type == ColumnType.DECIMAL) {
                cell.setCellValue(Double.parseDouble(values[i]));
            } else {
                cell.setCellValue(values[i]);
            }
        }
    }
}
