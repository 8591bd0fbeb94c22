package org.fazhi.platform.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * One data row that passed every check of its layout. Values are normalised text (TEXT trimmed, DATE as
 * {@code yyyy-MM-dd}, numbers as plain digits, an empty cell as {@code ""}), so the typed getters cannot fail on a
 * value; only a key the layout does not have is refused, as that is a programming mistake.
 *
 * @param number the row number as Excel shows it (the header is row 1), for messages about this row
 * @param values normalised values by column key, one per column of the layout
 */
public record SheetRow(int number, Map<String, String> values) {

    public SheetRow {
        values = Map.copyOf(values);
    }

    /** The trimmed text, or {@code ""} when the cell was empty. */
    public String text(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("No column '" + key + "' in this layout");
        }
        return value;
    }

    public boolean isEmpty(String key) {
        return text(key).isEmpty();
    }

    public Optional<String> optionalText(String key) {
        return isEmpty(key) ? Optional.empty() : Optional.of(text(key));
    }

    public Optional<Long> integer(String key) {
        return optionalText(key).map(Long::valueOf);
    }

    public Optional<BigDecimal> decimal(String key) {
        return optionalText(key).map(BigDecimal::new);
    }

    public Optional<LocalDate> date(String key) {
        return optionalText(key).map(LocalDate::parse);
    }
}
