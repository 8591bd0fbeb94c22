package org.fazhi.platform.spreadsheet;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The columns of one sheet, in order. The same layout drives the template a user downloads, the check of the file
 * they upload and the export, so the three cannot drift apart.
 *
 * @param sheetName name of the data sheet in templates and exports, e.g. {@code 执法人员}
 * @param columns   the columns from left to right
 */
public record SheetLayout(String sheetName, List<Column> columns) {

    public SheetLayout {
        columns = List.copyOf(columns);
        if (sheetName.isBlank() || columns.isEmpty()) {
            throw new IllegalArgumentException("A layout needs a sheet name and at least one column");
        }
        Set<String> keys = new HashSet<>();
        for (Column column : columns) {
            if (!keys.add(column.key())) {
                throw new IllegalArgumentException("Duplicate column key: " + column.key());
            }
        }
    }

    public static SheetLayout of(String sheetName, Column... columns) {
        return new SheetLayout(sheetName, List.of(columns));
    }

    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }
}
