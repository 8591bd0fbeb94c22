package org.fazhi.platform.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Says in Chinese what is wrong with an upload: one problem as a sentence for the page, or all kept problems as an
 * .xlsx (行, 列, 问题) the user downloads and works through beside their file. When more problems were found than
 * kept, the last line says how many are missing.
 */
@Component
public class ImportReport {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;

    ImportReport(MessageSource messages) {
        this.messages = messages;
    }

    /** The problem in Chinese, without its place (the row and column are shown beside it). */
    public String describe(ImportProblem problem) {
        return messages.getMessage(problem.messageKey(), problem.arguments(), CHINESE);
    }

    public void write(OutputStream out, ImportProblems problems) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            SheetStyles styles = new SheetStyles(workbook);
            Sheet sheet = workbook.createSheet(text("import.report.sheet"));
            styles.writeHeaderRow(sheet, 0, List.of(text("import.error.row"), text("import.error.column"),
                    text("import.error.message")));
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (ImportProblem problem : problems.list()) {
                Row row = sheet.createRow(r++);
                if (problem.row() > 0) {
                    row.createCell(0).setCellValue(problem.row());
                }
                row.createCell(1).setCellValue(problem.row() == 0 ? text("import.report.file") : problem.column());
                row.createCell(2).setCellValue(describe(problem));
            }
            if (problems.notKept() > 0) {
                sheet.createRow(r).createCell(2).setCellValue(text("import.report.more", problems.notKept()));
            }
            int[] widths = {8, 20, 70};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, CHINESE);
    }
}
