package org.fazhi.inspection.filing;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where an agency stands with its plan for a year, as the bureau's list shows it. Timeliness counts from the first
 * filing: a plan returned for correction and filed again keeps the day it was first filed, so correcting a plan
 * never makes it late; a plan returned and not yet filed again stands as returned whatever its date.
 *
 * @param daysLate calendar days after the due day of the first filing (0 when on time or not filed)
 * @param latest   the agency's latest filing for the year, or null when none
 */
public record FilingStanding(Kind kind, long daysLate, @Nullable PlanFiling latest) {

    public enum Kind {
        /** Filed by the due day. */ ON_TIME,
        /** Filed after the due day. */ LATE,
        /** Returned by the bureau and not filed again yet. */ RETURNED,
        /** Not filed, and the due day has passed. */ MISSING,
        /** Not filed, and the due day has not come yet. */ NOT_YET_DUE
    }

    /** The standing from the agency's filings for the year, in any order. */
    public static FilingStanding of(List<PlanFiling> filings, int year, MonthDay due, LocalDate today) {
        LocalDate dueOn = due.atYear(year);
        if (filings.isEmpty()) {
            return new FilingStanding(today.isAfter(dueOn) ? Kind.MISSING : Kind.NOT_YET_DUE, 0, null);
        }
        PlanFiling latest = filings.stream().max(Comparator.comparingLong(PlanFiling::id)).orElseThrow();
        if (latest.status() == FilingStatus.RETURNED) {
            return new FilingStanding(Kind.RETURNED, 0, latest);
        }
        LocalDate first = filings.stream().map(PlanFiling::filedOn).min(Comparator.naturalOrder()).orElseThrow();
        long late = Math.max(0, ChronoUnit.DAYS.between(dueOn, first));
        return new FilingStanding(late > 0 ? Kind.LATE : Kind.ON_TIME, late, latest);
    }

    public boolean accepted() {
        return latest != null && latest.status() == FilingStatus.ACCEPTED;
    }
}
