package org.fazhi.platform.spreadsheet;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/** An export's filters arrive as the list page's query parameters: blank means "not filtered". */
public record ExportFilters(Map<String, String> values) {

    public @Nullable String text(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    public @Nullable Long number(String name) {
        String value = text(name);
        return value == null ? null : Long.valueOf(value);
    }

    public @Nullable Boolean flag(String name) {
        String value = text(name);
        return value == null ? null : Boolean.valueOf(value);
    }

    public <E extends Enum<E>> @Nullable E choice(Class<E> type, String name) {
        String value = text(name);
        return value == null ? null : Enum.valueOf(type, value);
    }
}
