package org.fazhi.platform.spreadsheet;

import java.util.Map;
import java.util.function.Consumer;

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

    /**
     * An import of {@code layout} whose rows {@code writer} writes; {@code renamed} maps the domain's field names to
     * the columns that carry them where the two differ (e.g. {@code regionCode} → {@code region}).
     */
    static ImportTarget of(SheetLayout layout, Consumer<SheetRow> writer, Map<String, String> renamed) {
        return new ImportTarget() {
            @Override
            public SheetLayout layout() {
                return layout;
            }

            @Override
            public void write(SheetRow row) {
                writer.accept(row);
            }

            @Override
            public String columnOf(String field) {
                return renamed.getOrDefault(field, field);
            }
        };
    }
}
