package org.fazhi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;

import org.fazhi.shared.WorkdayCalendar.Deadline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkdayCalendarTests {

    private final WorkdayCalendar calendar = WorkdayCalendar.china();

    @ParameterizedTest
    @CsvSource({
            "2025-10-01, false", // National Day, a Wednesday
            "2025-10-08, false", // last day of the 2025 National Day and Mid-Autumn break
            "2025-10-11, true",  // Saturday, make-up working day
            "2025-09-28, true",  // Sunday, make-up working day
            "2025-10-12, false", // ordinary Sunday
            "2025-10-13, true",  // ordinary Monday
            "2026-01-04, true",  // Sunday, make-up working day after New Year 2026
            "2026-02-16, false", // Spring Festival 2026, a Monday
            "2024-06-10, false", // Dragon Boat Festival 2024, a Monday
            "2024-02-18, true"   // Sunday, make-up working day after Spring Festival 2024
    })
    void knowsHolidaysAndMakeUpWorkingDays(LocalDate day, boolean working) {
        assertThat(calendar.isWorkingDay(day)).isEqualTo(working);
    }

    @Test
    void countsWorkingDaysAcrossNationalDay2025() {
        // The start day is not counted. 09-29 Mon (1), 09-30 Tue (2), 10-01..10-08 off, 10-09 Thu (3),
        // 10-10 Fri (4), 10-11 Sat make-up working day (5), 10-12 Sun off, 10-13 Mon (6), 10-14 Tue (7).
        LocalDate start = LocalDate.of(2025, 9, 28);

        assertThat(calendar.addWorkingDays(start, 7)).isEqualTo(LocalDate.of(2025, 10, 14));
        assertThat(calendar.deadlineAfterWorkingDays(start, 7))
                .isEqualTo(new Deadline(LocalDate.of(2025, 10, 14), false));
        assertThat(calendar.workingDaysBetween(start, LocalDate.of(2025, 10, 14))).isEqualTo(7);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 10, 14), start)).isEqualTo(-7);
    }

    @Test
    void countsWorkingDaysAcrossNationalDay2024() {
        // From Fri 2024-09-27: 09-28 Sat off, 09-29 Sun make-up (1), 09-30 Mon (2), 10-01..10-07 off,
        // 10-08 Tue (3), 10-09 Wed (4), 10-10 Thu (5).
        assertThat(calendar.addWorkingDays(LocalDate.of(2024, 9, 27), 5)).isEqualTo(LocalDate.of(2024, 10, 10));
    }

    @Test
    void zeroWorkingDaysIsTheStartItself() {
        LocalDate start = LocalDate.of(2025, 10, 4);

        assertThat(calendar.addWorkingDays(start, 0)).isEqualTo(start);
        assertThat(calendar.workingDaysBetween(start, start)).isZero();
        assertThatThrownBy(() -> calendar.addWorkingDays(start, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
            "2025-09-16, 15, 2025-10-09", // 10-01 is National Day: moves past the break to Thu 10-09
            "2026-02-01, 15, 2026-02-24", // 02-16 is Spring Festival (off 02-15..02-23): Tue 02-24
            "2025-03-01, 15, 2025-03-17", // 03-16 is an ordinary Sunday: Monday
            "2025-10-01, 10, 2025-10-11", // 10-11 is a Saturday but a make-up working day: stays
            "2025-06-10, 15, 2025-06-25", // 06-25 is a Wednesday: stays
            "2024-12-17, 15, 2025-01-02"  // 2025-01-01 is New Year's Day: Thursday
    })
    void calendarDayPeriodEndingOnADayOffMovesToTheNextWorkingDay(LocalDate start, int days, LocalDate end) {
        assertThat(calendar.endOfPeriod(start, days)).isEqualTo(end);
        assertThat(calendar.deadlineAfterCalendarDays(start, days)).isEqualTo(new Deadline(end, false));
    }

    @Test
    void coversTheYearsInTheData() {
        assertThat(calendar.coveredYears()).containsExactly(Year.of(2024), Year.of(2025), Year.of(2026));
        assertThat(calendar.isProvisional(LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(calendar.isProvisional(LocalDate.of(2027, 1, 1))).isTrue();
        assertThat(calendar.isProvisional(LocalDate.of(2023, 12, 31))).isTrue();
    }

    @Test
    void flagsDeadlinesThatReachIntoAYearWithoutData() {
        // From Thu 2026-12-24: 12-25 (1), 12-28..12-31 (2-5), then 2027 on Monday-Friday alone:
        // 01-01 Fri (6), 01-04..01-07 (7-10). New Year's Day 2027 is surely off, hence provisional.
        assertThat(calendar.deadlineAfterWorkingDays(LocalDate.of(2026, 12, 24), 10))
                .isEqualTo(new Deadline(LocalDate.of(2027, 1, 7), true));
        assertThat(calendar.deadlineAfterWorkingDays(LocalDate.of(2026, 12, 1), 5))
                .isEqualTo(new Deadline(LocalDate.of(2026, 12, 8), false));
        assertThat(calendar.deadlineAfterCalendarDays(LocalDate.of(2026, 12, 20), 15))
                .isEqualTo(new Deadline(LocalDate.of(2027, 1, 4), true));
        assertThat(calendar.deadlineAfterCalendarDays(LocalDate.of(2026, 12, 1), 15))
                .isEqualTo(new Deadline(LocalDate.of(2026, 12, 16), false));
    }

    @Test
    void flagsDeadlinesThatPassThroughAYearWithoutData() {
        // 2023-12-30/31 are a weekend here only by guess (2023 has no data), so the count is provisional.
        assertThat(calendar.deadlineAfterWorkingDays(LocalDate.of(2023, 12, 29), 1))
                .isEqualTo(new Deadline(LocalDate.of(2024, 1, 2), true));
    }

    @Test
    void countsBackWhatItAdds() {
        for (LocalDate start = LocalDate.of(2024, 1, 1); start.getYear() < 2027; start = start.plusDays(3)) {
            for (int n = 1; n <= 20; n += 4) {
                LocalDate end = calendar.addWorkingDays(start, n);
                assertThat(calendar.isWorkingDay(end)).isTrue();
                assertThat(calendar.workingDaysBetween(start, end)).isEqualTo(n);
            }
        }
    }

    @Test
    void loadsACalendarFromCsv() {
        WorkdayCalendar small = load("""
                # comment
                date,type,name

                2030-10-01,holiday,National Day
                2030-10-12,workday,National Day
                """);

        assertThat(small.isWorkingDay(LocalDate.of(2030, 10, 1))).isFalse();
        assertThat(small.isWorkingDay(LocalDate.of(2030, 10, 12))).isTrue();
        assertThat(small.coveredYears()).containsExactly(Year.of(2030));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2030-13-01,holiday,x | line 4: '2030-13-01' is not a date",
            "2030-10-01,holliday,x | line 4: type 'holliday' is neither holiday nor workday",
            "2030-10-01 | line 4: expected date,type,name",
            "2030-10-02,holiday,x | line 4: 2030-10-02 is listed twice"
    })
    void namesTheLineOfAMalformedEntry(String badLine, String message) {
        String csv = "# comment\ndate,type,name\n2030-10-02,holiday,x\n" + badLine + "\n";

        assertThatThrownBy(() -> load(csv)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    private static WorkdayCalendar load(String csv) {
        return WorkdayCalendar.load(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }
}
