package org.fazhi.platform.spreadsheet;

import java.util.List;

/**
 * One column of an import or export sheet. The header is the Chinese text shown in row 1, already resolved from
 * messages by the module that owns the layout; an upload whose row 1 differs is refused, so headers are the contract
 * between template and reader.
 *
 * @param key       the name the module reads the value by, e.g. {@code name}
 * @param header    row-1 text, e.g. {@code 姓名}
 * @param required  whether an empty cell is a problem
 * @param maxLength most characters allowed (counted as the user sees them); 0 means no limit
 * @param type      how cells are checked and normalised
 * @param choices   the allowed labels of a {@link ColumnType#CHOICE} column, in drop-down order; empty otherwise
 * @param example   a sample value shown in the template's 填写说明 sheet; empty for none
 */
public record Column(String key, String header, boolean required, int maxLength, ColumnType type,
                     List<String> choices, String example) {

    public Column {
        if (key.isBlank() || header.isBlank()) {
            throw new IllegalArgumentException("A column needs a key and a header");
        }
        if (maxLength < 0) {
            throw new IllegalArgumentException("maxLength must be 0 (no limit) or positive: " + key);
        }
        choices = List.copyOf(choices);
        if ((type == ColumnType.CHOICE) == choices.isEmpty()) {
            throw new IllegalArgumentException("Only a CHOICE column has choices, and it needs some: " + key);
        }
    }

    public static Column text(String key, String header, boolean required, int maxLength) {
        return new Column(key, header, required, maxLength, ColumnType.TEXT, List.of(), "");
    }

    /** A {@link ColumnType#CODE} column: digits that must stay text, such as an ID number. */
    public static Column code(String key, String header, boolean required, int maxLength) {
        return new Column(key, header, required, maxLength, ColumnType.CODE, List.of(), "");
    }

    public static Column integer(String key, String header, boolean required) {
        return new Column(key, header, required, 0, ColumnType.INTEGER, List.of(), "");
    }

    public static Column decimal(String key, String header, boolean required) {
        return new Column(key, header, required, 0, ColumnType.DECIMAL, List.of(), "");
    }

    public static Column date(String key, String header, boolean required) {
        return new Column(key, header, required, 0, ColumnType.DATE, List.of(), "");
    }

    public static Column choice(String key, String header, boolean required, List<String> choices) {
        return new Column(key, header, required, 0, ColumnType.CHOICE, choices, "");
    }

    /** The same column with a sample value for the template's instructions. */
    public Column withExample(String example) {
        return new Column(key, header, required, maxLength, type, choices, example);
    }
}
