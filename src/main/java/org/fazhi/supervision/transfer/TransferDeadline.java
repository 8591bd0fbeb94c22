package org.fazhi.supervision.transfer;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One time limit of a transfer: the last day (shown to people), the instant it ends (exclusive; the end of that day,
 * or the hour for the hand-over), when the step was taken, and whether it no longer applies (the agency chose
 * another way). Provisional when the holiday calendar of a year it spans is not published yet.
 */
public record TransferDeadline(DeadlineKind kind, LocalDate dueOn, Instant dueAt, @Nullable Instant metAt,
                               boolean dropped, boolean provisional) {

    public boolean isOpen() {
        return metAt == null && !dropped;
    }

    /** Past its limit and not met: by the last day, for the monitoring's daily view. */
    public boolean isOverdueOn(LocalDate today) {
        return isOpen() && dueOn.isBefore(today);
    }

    /** Met in time; null while open or dropped. */
    public @Nullable Boolean onTime() {
        return metAt == null ? null : metAt.isBefore(dueAt);
    }

    TransferDeadline met(Instant at) {
        return new TransferDeadline(kind, dueOn, dueAt, at, dropped, provisional);
    }

    TransferDeadline droppedNow() {
        return new TransferDeadline(kind, dueOn, dueAt, metAt, true, provisional);
    }
}
