package org.fazhi.platform.spreadsheet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;

/**
 * The Chinese labels of an enum, as spreadsheets show them ({@code 县直部门} for {@code COUNTY_DEPARTMENT}), read
 * from the messages {@code <prefix><CONSTANT>} and parsed back on import.
 */
public final class EnumLabels<E extends Enum<E>> {

    private final Map<E, String> labels = new LinkedHashMap<>();

    private EnumLabels(MessageSource messages, String prefix, E[] values) {
        for (E value : values) {
            labels.put(value, messages.getMessage(prefix + value.name(), null, value.name(), Locale.SIMPLIFIED_CHINESE));
        }
    }

    public static <E extends Enum<E>> EnumLabels<E> of(MessageSource messages, String prefix, E[] values) {
        return new EnumLabels<>(messages, prefix, values);
    }

    public List<String> labels() {
        return List.copyOf(labels.values());
    }

    public String label(E value) {
        return labels.get(value);
    }

    public Optional<E> parse(String label) {
        return labels.entrySet().stream().filter(entry -> entry.getValue().equals(label.strip()))
                .map(Map.Entry::getKey).findFirst();
    }
}
