package org.fazhi.inspection.task;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An inspection outside the draws — 个案检查 on a complaint, referral or clue, or a 专项检查 — as an agency asks
 * for it: the party by credit code, the items, at least two inspectors, the window.
 */
public record TaskForm(
        @NotNull(message = "{inspection.task.kind.required}") @Nullable TaskKind kind,
        @NotNull(message = "{inspection.task.origin.required}") @Nullable TaskOrigin origin,
        @Nullable @Size(max = 500, message = "{inspection.task.origin-note.size}") String originNote,
        @NotBlank(message = "{inspection.task.party.required}") String partyCode,
        @NotEmpty(message = "{inspection.plan.items.required}") @Nullable List<Long> itemIds,
        @NotNull(message = "{inspection.task.inspectors.required}") @Size(min = 2, message = "{inspection.task.inspectors.required}") @Nullable List<Long> officerIds,
        @NotNull(message = "{inspection.task.window.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate windowFrom,
        @NotNull(message = "{inspection.task.window.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate windowTo,
        @Nullable Boolean emergency) {

    public static TaskForm empty(LocalDate today) {
        return new TaskForm(TaskKind.CASE, TaskOrigin.COMPLAINT, "", "", List.of(), List.of(), today,
                today.plusDays(7), false);
    }

    boolean isEmergency() {
        return Boolean.TRUE.equals(emergency);
    }
}
