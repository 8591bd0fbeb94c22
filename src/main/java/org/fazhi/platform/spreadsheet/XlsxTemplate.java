package org.fazhi.platform.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the import template a user downloads: the data sheet holds only the header row, because any sample row
 * there would be imported with the real ones; examples and rules go to a second sheet, 填写说明. Columns are
 * preformatted (text for TEXT and CHOICE so Excel keeps all 18 digits of an ID number, ISO dates for DATE) and
 * CHOICE columns get a drop-down whose values live on a hidden sheet, which has no length limit, unlike a list
 * written into the validation itself.
 */
@Component
public class XlsxTemplate {

    /** Rows 2 to 10001 get the column formats and drop-downs; larger imports are pasted, not typed. */
    static final int PREPARED_ROWS = 10_000;
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;

    XlsxTemplate(MessageSource messages) {
        this.messages = messages;
    }

    public void write(OutputStream out, SheetLayout layout) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            SheetStyles styles = new SheetStyles(workbook);
            Sheet data = workbook.createSheet(layout.sheetName());
            styles.writeHeader(data, layout);
            Sheet instructions = workbook.createSheet(text("import.template.instructions"));
            Sheet choices = workbook.createSheet(text("import.template.choices"));
            workbook.setSheetHidden(workbook.getSheetIndex(choices), true);
            List<Column> columns = layout.columns();
            int choiceColumn = 0;
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                CellStyle input = styles.inputStyle(column.type());
                if (input != null) {
                    data.setDefaultColumnStyle(i, input);
                }
                if (column.type() == ColumnType.CHOICE) {
                    offerChoices(data, i, choices, choiceColumn++, column.choices());
                }
            }
            writeInstructions(instructions, layout, styles);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lists the choices in a column of the hidden sheet and makes the data column a drop-down of that list. */
    private void offerChoices(Sheet data, int dataColumn, Sheet choices, int listColumn, List<String> values) {
        for (int r = 0; r < values.size(); r++) {
            Row row = choices.getRow(r) != null ? choices.getRow(r) : choices.createRow(r);
            row.createCell(listColumn).setCellValue(values.get(r));
        }
        String letter = CellReference.convertNumToColString(listColumn);
        String range = "'" + choices.getSheetName() + "'!$" + letter + "$1:$" + letter + "$" + values.size();
        DataValidationHelper helper = data.getDataValidationHelper();
        DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(range),
                new CellRangeAddressList(1, PREPARED_ROWS, dataColumn, dataColumn));
        validation.setSuppressDropDownArrow(true); // in .xlsx, "true" is what makes Excel show the arrow
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(text("import.template.choice-refused.title"),
                text("import.template.choice-refused.text"));
        data.addValidationData(validation);
    }

    private void writeInstructions(Sheet sheet, SheetLayout layout, SheetStyles styles) {
        sheet.createRow(0).createCell(0).setCellValue(text("import.template.note", layout.sheetName()));
        styles.writeHeaderRow(sheet, 2, List.of(text("import.template.column"), text("import.template.required"),
                text("import.template.rule"), text("import.template.example")));
        int r = 3;
        for (Column column : layout.columns()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(column.header());
            row.createCell(1).setCellValue(text(column.required() ? "common.yes" : "common.no"));
            row.createCell(2).setCellValue(rule(column));
            row.createCell(3).setCellValue(column.example());
            row.getCell(3).setCellStyle(styles.text());
        }
        int[] widths = {16, 10, 60, 24};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }

    private String rule(Column column) {
        return switch (column.type()) {
            case TEXT -> column.maxLength() > 0 ? text("import.template.rule.text-max", column.maxLength())
                    : text("import.template.rule.text");
            case CODE -> column.maxLength() > 0 ? text("import.template.rule.code-max", column.maxLength())
                    : text("import.template.rule.code");
            case INTEGER -> text("import.template.rule.integer");
            case DECIMAL -> text("import.template.rule.decimal");
            case DATE -> text("import.template.rule.date");
            case CHOICE -> text("import.template.rule.choice", String.join("、", column.choices()));
        };
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, CHINESE);
    }
}
