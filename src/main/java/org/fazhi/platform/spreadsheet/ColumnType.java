package org.fazhi.platform.spreadsheet;

/** What a column holds, which decides how its cells are checked and normalised. */
public enum ColumnType {

    /** Any text, trimmed; kept exactly as typed (ID numbers, codes with leading zeros). */
    TEXT,
    /** A whole number that fits in a {@code long}, e.g. {@code 12}. */
    INTEGER,
    /** A number with or without decimals, e.g. {@code 1500.50}. */
    DECIMAL,
    /** A calendar date, normalised to {@code yyyy-MM-dd}. */
    DATE,
    /** One of a fixed list of labels, offered as a drop-down in the template. */
    CHOICE
}
