package org.fazhi.registry.training;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A training record as a user submits it, from the page or the API. Presence is checked here; the domain's checks
 * (officer in scope, hours, date, course length) are {@link TrainingRules}, shared with a later import.
 */
public record TrainingForm(
        @NotNull(message = "{registry.training.officer.required}") @Nullable Long officerId,
        @NotBlank(message = "{registry.training.course.required}") @Nullable String course,
        @NotNull(message = "{registry.training.trained-on.required}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate trainedOn,
        @NotNull(message = "{registry.training.hours.required}") @Nullable BigDecimal hours,
        @Nullable String organiser,
        int version) {

    public static TrainingForm empty(LocalDate today) {
        return new TrainingForm(null, "", today, null, "", 0);
    }

    public static TrainingForm of(TrainingRecord record) {
        return new TrainingForm(record.officerId(), record.course(), record.trainedOn(), record.hours(),
                record.organiser() == null ? "" : record.organiser(), record.version());
    }
}
