package org.fazhi.platform.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A layout like a module's officer import, and real files built for it with POI. */
final class SheetFixtures {

    static final SheetLayout OFFICERS = SheetLayout.of("执法人员",
            Column.text("name", "姓名", true, 10).withExample("张三"),
            Column.code("idNumber", "身份证号码", true, 18).withExample("410425199001011234"),
            Column.choice("gender", "性别", true, List.of("男", "女")),
            Column.date("certifiedOn", "发证日期", false).withExample("2026-03-25"),
            Column.integer("years", "执法年限", false),
            Column.decimal("allowance", "补贴金额", false));

    private SheetFixtures() {
    }

    /** An .xlsx whose first sheet has the officer headers in row 1 and whatever {@code fill} adds. */
    static byte[] officersXlsx(Consumer<Sheet> fill) {
        return xlsx(sheet -> {
            row(sheet, 1, OFFICERS.headers().toArray());
            fill.accept(sheet);
        });
    }

    static byte[] xlsx(Consumer<Sheet> fill) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(workbook.createSheet("Sheet1"));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Puts values in row {@code number} (1-based, as Excel shows it): a String as a text cell, a Number as a numeric
     * cell, a LocalDate as a date cell formatted {@code yyyy/m/d}, null as no cell.
     */
    static Row row(Sheet sheet, int number, Object... values) {
        Row row = sheet.createRow(number - 1);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(dateStyle(sheet.getWorkbook()));
            } else {
                cell.setCellValue(value.toString());
            }
        }
        return row;
    }

    private static CellStyle dateStyle(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
        return style;
    }

    static Result read(SheetReader reader, byte[] file) {
        return read(reader, file, OFFICERS);
    }

    static Result read(SheetReader reader, byte[] file, SheetLayout layout) {
        Result result = new Result(new ArrayList<>(), new ImportProblems());
        reader.read(new ByteArrayInputStream(file), layout, result.rows()::add, result.problems());
        return result;
    }

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/platform");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    record Result(List<SheetRow> rows, ImportProblems problems) {

        List<ImportProblem> problemList() {
            return problems.list();
        }
    }
}
