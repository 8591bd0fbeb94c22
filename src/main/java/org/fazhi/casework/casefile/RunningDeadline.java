package org.fazhi.casework.casefile;

import java.time.LocalDate;

import org.fazhi.casework.DeadlineKind;
import org.jspecify.annotations.Nullable;

/**
 * A deadline of a case as its page shows it: what runs from when to when, whether the date is provisional (a year
 * without holiday data), and when it was met.
 */
public record RunningDeadline(DeadlineKind kind, LocalDate startedOn, LocalDate dueOn, boolean provisional,
                              @Nullable LocalDate metOn) {

    /** Met, met late, running, due soon (on or before {@code soonLimit}), or missed. */
    public enum Standing { MET, MET_LATE, RUNNING, DUE_SOON, MISSED }

    public Standing standing(LocalDate today, LocalDate soonLimit) {
        if (metOn != null) {
            return metOn.isAfter(dueOn) ? Standing.MET_LATE : Standing.MET;
        }
        if (today.isAfter(dueOn)) {
            return Standing.MISSED;
        }
        return dueOn.isAfter(soonLimit) ? Standing.RUNNING : Standing.DUE_SOON;
    }
}
