package org.fazhi.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which days are working days in mainland China. Weekends and weekdays alone do not say it: the State Council
 * moves days off around public holidays every year and declares some Saturdays and Sundays make-up working days
 * (调休). Those are data, one CSV line per listed day ({@code date,type,name}, type {@code holiday} or
 * {@code workday}), shipped for the years whose notice has appeared (each November for the next year).
 *
 * <p>For a year without data the calendar falls back to Monday-Friday, which is surely wrong around the Spring
 * Festival and National Day; so a deadline that depends on such a year is marked {@linkplain Deadline#provisional()
 * provisional} for the user to check, never silently guessed.
 *
 * <p>Periods follow the procedure laws: the day a period starts is not counted (期间开始的日不计算在期间内), and a
 * period in calendar days that would end on a day off ends on the next working day instead. Periods of a few days
 * in 行政处罚法 (二日, 三日, 五日, 七日) are working days (行政处罚法第八十五条).
 */
public final class WorkdayCalendar {

    private static final String HEADER = "date,type,name";
    private static final String BUNDLED = "/calendar/cn-public-holidays.csv";

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workdays;
    private final SortedSet<Year> coveredYears;

    /** A deadline, and whether it depends on a year the calendar has no data for. */
    public record Deadline(LocalDate date, boolean provisional) {
    }

    private WorkdayCalendar(Set<LocalDate> holidays, Set<LocalDate> workdays) {
        this.holidays = Set.copyOf(holidays);
        this.workdays = Set.copyOf(workdays);
        SortedSet<Year> years = new TreeSet<>();
        holidays.forEach(day -> years.add(Year.from(day)));
        workdays.forEach(day -> years.add(Year.from(day)));
        this.coveredYears = Collections.unmodifiableSortedSet(years);
    }

    /** The calendar shipped with Fazhi ({@code calendar/cn-public-holidays.csv}). */
    public static WorkdayCalendar china() {
        return Bundled.CHINA;
    }

    /** Reads {@code date,type,name} lines; blank lines and lines starting with {@code #} are skipped. */
    public static WorkdayCalendar load(InputStream csv) {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workdays = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#") || text.equals(HEADER)) {
                    continue;
                }
                readDay(text, number, holidays, workdays);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the holiday calendar", e);
        }
        return new WorkdayCalendar(holidays, workdays);
    }

    private static void readDay(String text, int number, Set<LocalDate> holidays, Set<LocalDate> workdays) {
        String[] fields = text.split(",", 3);
        if (fields.length < 2) {
            throw malformed(number, "expected " + HEADER + " but found '" + text + "'");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(fields[0].strip());
        } catch (DateTimeException e) {
            throw malformed(number, "'" + fields[0] + "' is not a date like 2025-10-01");
        }
        if (holidays.contains(date) || workdays.contains(date)) {
            throw malformed(number, date + " is listed twice");
        }
        String type = fields[1].strip();
        if (type.equals("holiday")) {
            holidays.add(date);
        } else if (type.equals("workday")) {
            workdays.add(date);
        } else {
            throw malformed(number, "type '" + type + "' is neither holiday nor workday");
        }
    }

    private static IllegalArgumentException malformed(int line, String problem) {
        return new IllegalArgumentException("Holiday calendar, line " + line + ": " + problem);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (workdays.contains(day)) {
            return true;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The {@code n}-th working day after {@code start}; {@code start} itself is not counted. */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("A period cannot have a negative number of days");
        }
        LocalDate day = start;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    public Deadline deadlineAfterWorkingDays(LocalDate start, int n) {
        LocalDate end = addWorkingDays(start, n);
        return new Deadline(end, anyYearUncovered(start.plusDays(1), end));
    }

    /** {@code start} plus {@code calendarDays}, moved to the next working day when that day is a day off. */
    public LocalDate endOfPeriod(LocalDate start, int calendarDays) {
        if (calendarDays < 0) {
            throw new IllegalArgumentException("A period cannot have a negative number of days");
        }
        LocalDate day = start.plusDays(calendarDays);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Only the days from the nominal end onwards matter: the days inside the period count whatever they are. */
    public Deadline deadlineAfterCalendarDays(LocalDate start, int calendarDays) {
        LocalDate end = endOfPeriod(start, calendarDays);
        return new Deadline(end, anyYearUncovered(start.plusDays(calendarDays), end));
    }

    /**
     * Working days after {@code from} up to and including {@code to}, so that
     * {@code workingDaysBetween(start, addWorkingDays(start, n)) == n}; negative when {@code to} is before
     * {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The years the calendar has data for. */
    public SortedSet<Year> coveredYears() {
        return coveredYears;
    }

    /** True when {@code day} falls in a year without data, so whether it is a working day is only a guess. */
    public boolean isProvisional(LocalDate day) {
        return !coveredYears.contains(Year.from(day));
    }

    private boolean anyYearUncovered(LocalDate from, LocalDate to) {
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            if (!coveredYears.contains(Year.of(year))) {
                return true;
            }
        }
        return false;
    }

    /** Loaded on first use and shared: the calendar is immutable. */
    private static final class Bundled {

        static final WorkdayCalendar CHINA = loadBundled();

        private static WorkdayCalendar loadBundled() {
            try (InputStream csv = WorkdayCalendar.class.getResourceAsStream(BUNDLED)) {
                if (csv == null) {
                    throw new IllegalStateException("The holiday calendar " + BUNDLED + " is missing from the classpath");
                }
                return load(csv);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
