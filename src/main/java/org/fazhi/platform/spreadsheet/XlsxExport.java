package org.fazhi.platform.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Writes an export as .xlsx while the rows are still being read from the database: POI's streaming workbook keeps
 * only the last {@value #WINDOW} rows in memory and spills the rest to a temporary file, deleted when the export
 * is written or fails. The header looks like the import template's, so an export can be corrected and imported again.
 * Numbers in INTEGER and DECIMAL columns become numeric cells (they can be summed); everything else is text.
 */
@Component
public class XlsxExport {

    static final int WINDOW = 100;
    private static final int MAX_DATA_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;
    /** A double holds 15 significant digits exactly; longer numbers stay text so no digit is lost. */
    private static final int EXACT_DIGITS = 15;

    /**
     * Writes the header and then one row per list, value i in column i of the layout. Empty or missing values
     * leave the cell empty. Fails when there are more rows than one sheet holds (1,048,575 under the header).
     * Neither {@code out} nor {@code rows} is closed here: they belong to the caller.
     */
    public void write(OutputStream out, SheetLayout layout, Stream<? extends List<String>> rows) {
        // close() deletes the temporary files too (POI 5.3+, bug 68183), also when writing fails half way
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            SheetStyles styles = new SheetStyles(workbook);
            Sheet sheet = workbook.createSheet(layout.sheetName());
            styles.writeHeader(sheet, layout);
            int number = 0;
            for (Iterator<? extends List<String>> it = rows.iterator(); it.hasNext(); ) {
                if (number == MAX_DATA_ROWS) {
                    throw new IllegalArgumentException("An .xlsx sheet holds at most " + MAX_DATA_ROWS + " rows");
                }
                writeRow(sheet.createRow(++number), layout.columns(), it.next(), styles);
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeRow(Row row, List<Column> columns, List<String> values, SheetStyles styles) {
        for (int i = 0; i < columns.size() && i < values.size(); i++) {
            String value = values.get(i);
            if (value == null || value.isEmpty()) {
                continue;
            }
            Cell cell = row.createCell(i);
            ColumnType type = columns.get(i).type();
            String number = type == ColumnType.INTEGER || type == ColumnType.DECIMAL
                    ? CellValues.plainDecimal(value) : null;
            if (number != null && new BigDecimal(number).precision() <= EXACT_DIGITS) {
                cell.setCellValue(Double.parseDouble(number));
            } else {
                cell.setCellValue(value);
                cell.setCellStyle(styles.text());
            }
        }
    }
}
