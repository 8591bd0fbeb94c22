package org.fazhi.platform.spreadsheet;

/**
 * What an import writes: the sheet it reads and how one checked row becomes a record. A row the domain refuses
 * throws {@link org.fazhi.platform.InvalidInput} (its field names mapped to columns by {@link #columnOf}) or a
 * {@link org.fazhi.shared.RuleViolation}; the import then reports it and writes nothing at all.
 */
public interface ImportTarget {

    SheetLayout layout();

    /** Checks and writes one row, inside the import's transaction. */
    void write(SheetRow row);

    /** The column key a domain problem about {@code field} belongs to; by default the field's own name. */
    default String columnOf(String field) {
        return field;
    }
}
