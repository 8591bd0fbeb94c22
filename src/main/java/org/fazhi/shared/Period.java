package org.fazhi.shared;

import java.time.LocalDate;

/**
 * The stretch of time a figure covers, both ends included. Reports print figures "as of" a date (截至): the
 * period's end. 「今年以来」 is {@link #yearToDate}.
 */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        if (to.isBefore(from)) {
            throw new InvalidValueException("shared.period.invalid");
        }
    }

    public static Period yearToDate(LocalDate asOf) {
        return new Period(asOf.withDayOfYear(1), asOf);
    }

    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public LocalDate asOf() {
        return to;
    }

    /** The same period one year earlier, for 同比. */
    public Period yearBefore() {
        return new Period(from.minusYears(1), to.minusYears(1));
    }
}
