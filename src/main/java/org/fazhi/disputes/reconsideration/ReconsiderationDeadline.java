package org.fazhi.disputes.reconsideration;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One time limit of a case: the day it started, its last day, the day the step was taken, and whether it no
 * longer applies (the case went another way). Provisional when the holiday calendar of a year it spans is not
 * published yet.
 */
public record ReconsiderationDeadline(DeadlineKind kind, LocalDate startedOn, LocalDate dueOn,
                                      @Nullable LocalDate metOn, boolean dropped, boolean provisional) {

    public boolean isOpen() {
        return metOn == null && !dropped;
    }

    public boolean isOverdueOn(LocalDate today) {
        return isOpen() && dueOn.isBefore(today);
    }

    /** Met by its last day; null while open or dropped. */
    public @Nullable Boolean onTime() {
        return metOn == null ? null : !metOn.isAfter(dueOn);
    }

    ReconsiderationDeadline met(LocalDate on) {
        return new ReconsiderationDeadline(kind, startedOn, dueOn, on, dropped, provisional);
    }

    ReconsiderationDeadline droppedNow() {
        return new ReconsiderationDeadline(kind, startedOn, dueOn, metOn, true, provisional);
    }
}
