package org.fazhi.inspection.task;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A non-enforcement visit as an agency records it. */
public record OtherVisitForm(
        @NotBlank(message = "{inspection.task.party.required}") String partyCode,
        @NotNull(message = "{inspection.other.kind.required}") @Nullable OtherVisitKind kind,
        @NotNull(message = "{inspection.other.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate visitedOn,
        @NotBlank(message = "{inspection.other.purpose.required}") @Size(max = 500, message = "{inspection.other.purpose.size}") String purpose) {
}
