package org.fazhi.supervision.round;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A new round as the supervisor describes it. */
record RoundForm(@Nullable RoundKind kind, @Nullable String title,
                 @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate periodFrom,
                 @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate periodTo,
                 @Nullable String topics, @Nullable List<Long> agencyIds, @Nullable List<Long> supervisorIds) {

    static RoundForm empty() {
        return new RoundForm(RoundKind.ROUTINE, null, null, null, null, List.of(), List.of());
    }
}
