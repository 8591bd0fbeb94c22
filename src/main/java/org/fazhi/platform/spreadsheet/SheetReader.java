package org.fazhi.platform.spreadsheet;

import java.io.InputStream;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads an uploaded file against a layout. Rows without problems go to {@code rows} as they are read; everything
 * wrong, including a file that cannot be read at all, goes to {@code problems} — a bad upload never throws. Only an
 * exception thrown by {@code rows} itself, or a failing {@code in}, reaches the caller.
 *
 * <p>An import is all or nothing: the caller writes the rows it was given only when {@code problems} stays empty.
 */
public interface SheetReader {

    void read(InputStream in, SheetLayout layout, Consumer<SheetRow> rows, ImportProblems problems);

    /** The reader for an uploaded file's name: {@code .csv} as CSV, anything else as an Excel workbook. */
    static SheetReader forFileName(String fileName, int maxRows) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".csv") ? new CsvReader(maxRows) : new XlsxReader(maxRows);
    }
}
