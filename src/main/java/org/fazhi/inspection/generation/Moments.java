package org.fazhi.inspection.generation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/** Days and Beijing times of generated events: office hours, never on or after the day of generation. */
final class Moments {

    static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    private Moments() {
    }

    /** A time on the day between the hours, to the second. */
    static OffsetDateTime during(LocalDate day, int fromHour, int toHour, SplittableRandom random) {
        int second = random.nextInt((toHour - fromHour) * 3600);
        return day.atTime(fromHour, 0).plusSeconds(second).atOffset(BEIJING);
    }

    /** A day from {@code from} to {@code to}, both included; {@code from} when the range is empty. */
    static LocalDate between(LocalDate from, LocalDate to, SplittableRandom random) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
    }

    /** Whether the moment is before the day of generation (nothing generated happens today or later). */
    static boolean isPast(OffsetDateTime moment, LocalDate today) {
        return moment.toLocalDate().isBefore(today);
    }

    static LocalDate endOfMonth(LocalDate day) {
        return day.withDayOfMonth(day.lengthOfMonth());
    }
}
