package org.fazhi.disputes.reconsideration;

import java.time.LocalDate;

import org.fazhi.platform.InvalidInput;
import org.jspecify.annotations.Nullable;

/** The checks every step's input passes before the case sees it, each naming its field in Chinese. */
final class StepInput {

    static final int TEXT_MAX = 2000;

    private StepInput() {
    }

    /** A step's day: today when not given, never in the future. */
    static LocalDate pastDay(@Nullable LocalDate on, LocalDate today) {
        LocalDate day = on == null ? today : on;
        if (day.isAfter(today)) {
            throw InvalidInput.of("on", "disputes.reconsideration.date.future");
        }
        return day;
    }

    static LocalDate requiredDay(String field, @Nullable LocalDate day) {
        if (day == null) {
            throw InvalidInput.of(field, "disputes.reconsideration." + field + ".required");
        }
        return day;
    }

    static String required(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInput.of(field, "disputes.reconsideration." + field + ".required");
        }
        if (value.strip().length() > TEXT_MAX) {
            throw InvalidInput.of(field, "disputes.reconsideration.text.too-long", TEXT_MAX);
        }
        return value.strip();
    }

    static <T> T chosen(String field, @Nullable T value) {
        if (value == null) {
            throw InvalidInput.of(field, "disputes.reconsideration." + field + ".required");
        }
        return value;
    }

    static @Nullable String optional(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
