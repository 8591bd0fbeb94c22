package org.fazhi.governance.input;

import java.time.LocalDate;

import org.fazhi.platform.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * A step's input checks, each naming its field: a missing value answers {@code <prefix><field>.required}, a day in
 * the future {@code <prefix>date.future}, an over-long text {@code <prefix>text.too-long}, all in the feature's
 * bundle.
 */
public final class StepInput {

    public static final int TEXT_MAX = 2000;

    private final String prefix;

    public StepInput(String prefix) {
        this.prefix = prefix;
    }

    /** A step's day: today when not given, never in the future. */
    public LocalDate pastDay(String field, @Nullable LocalDate on, LocalDate today) {
        LocalDate day = on == null ? today : on;
        if (day.isAfter(today)) {
            throw InvalidInput.of(field, prefix + "date.future");
        }
        return day;
    }

    public LocalDate day(String field, @Nullable LocalDate day) {
        return chosen(field, day);
    }

    public String text(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInput.of(field, prefix + field + ".required");
        }
        if (value.strip().length() > TEXT_MAX) {
            throw InvalidInput.of(field, prefix + "text.too-long", TEXT_MAX);
        }
        return value.strip();
    }

    public <T> T chosen(String field, @Nullable T value) {
        if (value == null) {
            throw InvalidInput.of(field, prefix + field + ".required");
        }
        return value;
    }

    public int count(String field, @Nullable Integer value) {
        int n = chosen(field, value);
        if (n < 0) {
            throw InvalidInput.of(field, prefix + "count.negative");
        }
        return n;
    }
}
