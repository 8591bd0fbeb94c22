package org.fazhi.registry;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Import files built with POI, workbooks read back as text, and the import page's problems, for sheet tests. */
public final class SheetFiles {

    private static final Pattern CELL = Pattern.compile("<td[^>]*>([^<]*)</td>");

    private SheetFiles() {
    }

    /** An .xlsx with the headers in row 1 and the rows below, every cell text. */
    public static byte[] workbook(String sheetName, List<String> headers, List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            List<List<String>> all = new ArrayList<>();
            all.add(headers);
            all.addAll(rows);
            for (int r = 0; r < all.size(); r++) {
                Row row = sheet.createRow(r);
                for (int i = 0; i < all.get(r).size(); i++) {
                    row.createCell(i).setCellValue(all.get(r).get(i));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The first sheet of a downloaded workbook, row by row, each cell as Excel shows it. */
    public static List<List<String>> read(byte[] xlsx) throws IOException {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    cells.add(row.getCell(i) == null ? "" : formatter.formatCellValue(row.getCell(i)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    /** The import page's problems table as "row|column|message" lines. */
    public static List<String> problems(String page) {
        String table = page.substring(page.indexOf("<tbody>", page.indexOf("id=\"import-problems\"")));
        table = table.substring(0, table.indexOf("</tbody>"));
        return Arrays.stream(table.split("<tr>")).skip(1)
                .map(row -> String.join("|", CELL.matcher(row).results().map(match -> match.group(1).strip()).toList()))
                .toList();
    }
}
