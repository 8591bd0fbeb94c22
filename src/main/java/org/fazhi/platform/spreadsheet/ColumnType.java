package org.fazhi.platform.spreadsheet;

/** What a column holds, which decides how its cells are checked and normalised. */
public enum ColumnType {

    /** Any text, trimmed; kept exactly as typed. */
    TEXT,
    /**
     * A code that is text although it may be all digits: ID numbers, credit codes, certificate and phone numbers,
     * region and item codes. Kept as typed; a cell a spreadsheet turned into a number and so cut short
     * ({@code 9.24104253562301E+17}) is refused with a message that says so, instead of failing a check digit later.
     */
    CODE,
    /** A whole number that fits in a {@code long}, e.g. {@code 12}. */
    INTEGER,
    /** A number with or without decimals, e.g. {@code 1500.50}. */
    DECIMAL,
    /** A calendar date, normalised to {@code yyyy-MM-dd}. */
    DATE,
    /** One of a fixed list of labels, offered as a drop-down in the template. */
    CHOICE
}
