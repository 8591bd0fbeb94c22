package org.fazhi.platform.spreadsheet;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.common.usermodel.fonts.FontCharset;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.jspecify.annotations.Nullable;

/**
 * The look shared by templates, exports and error reports: 宋体 marked as a GB2312 font so Excel and WPS pick the
 * Chinese face, a bold filled header row that stays in view, text-formatted columns where Excel must not turn
 * digits into numbers, and column widths that fit Chinese text (a Han character is two Latin characters wide).
 */
final class SheetStyles {

    static final String FONT = "宋体";
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;

    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle date;

    SheetStyles(Workbook workbook) {
        chinese(workbook.getFontAt(0));
        Font bold = chinese(workbook.createFont());
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setBorderBottom(BorderStyle.THIN);
        header.setBorderTop(BorderStyle.THIN);
        header.setBorderLeft(BorderStyle.THIN);
        header.setBorderRight(BorderStyle.THIN);
        text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
    }

    CellStyle text() {
        return text;
    }

    /**
     * The format typed input in a column of this type should get: text for TEXT, CODE and CHOICE, so an ID number
     * keeps all 18 digits and a code its leading zeros; ISO dates for DATE; none (General) for numbers.
     */
    @Nullable CellStyle inputStyle(ColumnType type) {
        return switch (type) {
            case TEXT, CODE, CHOICE -> text;
            case DATE -> date;
            case INTEGER, DECIMAL -> null;
        };
    }

    /** Writes the layout's headers in the first row, keeps that row in view and sizes the columns to fit. */
    void writeHeader(Sheet sheet, SheetLayout layout) {
        writeHeaderRow(sheet, 0, layout.headers());
        List<Column> columns = layout.columns();
        for (int i = 0; i < columns.size(); i++) {
            fitWidth(sheet, i, widest(columns.get(i)));
        }
        sheet.createFreezePane(0, 1);
    }

    void writeHeaderRow(Sheet sheet, int rowIndex, List<String> headers) {
        Row row = sheet.createRow(rowIndex);
        for (int i = 0; i < headers.size(); i++) {
            row.createCell(i).setCellValue(headers.get(i));
            row.getCell(i).setCellStyle(header);
        }
    }

    /** Makes a column wide enough for {@code text}, within sensible bounds. */
    static void fitWidth(Sheet sheet, int column, String text) {
        sheet.setColumnWidth(column, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, displayWidth(text) + 4)) * 256);
    }

    private static String widest(Column column) {
        String widest = column.header();
        List<String> candidates = new ArrayList<>(column.choices());
        candidates.add(column.example());
        candidates.add(column.type() == ColumnType.DATE ? "2026-03-25" : "");
        for (String candidate : candidates) {
            if (displayWidth(candidate) > displayWidth(widest)) {
                widest = candidate;
            }
        }
        return widest;
    }

    /** Display width in Latin characters: CJK characters and full-width forms count twice. */
    static int displayWidth(String text) {
        return text.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
    }

    private Font chinese(Font font) {
        font.setFontName(FONT);
        font.setFontHeightInPoints((short) 11);
        if (font instanceof XSSFFont xssf) {
            xssf.setCharSet(FontCharset.GB2312);
        }
        return font;
    }
}
