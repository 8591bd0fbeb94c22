package org.fazhi.governance.ledger;

/** What a declared field holds, which decides its input, its check, how it is stored and its spreadsheet column. */
enum FieldType {
    /** One line of text. */
    TEXT,
    /** Several lines (a summary, a list of materials). */
    LONG_TEXT,
    /** A whole number, e.g. participants. */
    INTEGER,
    /** Yuan as typed (two decimals at most), stored in fen so sums are exact. */
    MONEY,
    /** A calendar date. */
    DATE,
    /** One of the declared options. */
    CHOICE,
    /** An agency (执法主体/部门) of the county, stored by its registry id. */
    AGENCY,
    /** Yes or no. */
    BOOLEAN;

    boolean isNumber() {
        return this == INTEGER || this == MONEY;
    }
}
