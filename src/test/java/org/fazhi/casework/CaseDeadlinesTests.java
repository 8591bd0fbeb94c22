package org.fazhi.casework;

import java.time.LocalDate;

import org.fazhi.casework.deadline.CaseDeadlines;
import org.fazhi.shared.WorkdayCalendar;
import org.fazhi.shared.WorkdayCalendar.Deadline;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 行政处罚法第八十五条 on the State Council's calendars: five- and seven-day periods in working days across the
 * Spring Festival, National Day and their make-up working days; longer periods in calendar days that end on the
 * next working day; provisional where the calendar has no data.
 */
class CaseDeadlinesTests {

    private final CaseDeadlines deadlines = new CaseDeadlines(WorkdayCalendar.china(), CaseworkProperties.defaults());

    @Test
    void theHearingRequestPeriodSkipsTheSpringFestivalButCountsItsMakeUpSaturday() {
        // Notified Friday 13 February 2026: Saturday 14th is a make-up working day, the 15th to the 23rd are off.
        assertThat(deadlines.hearingRequest(LocalDate.of(2026, 2, 13))).isEqualTo(firm(2026, 2, 27));
    }

    @Test
    void aMakeUpSundayShortensTheStatementPeriod() {
        // Friday 18 September 2026; Sunday 20 September is a working day before the Mid-Autumn festival.
        assertThat(deadlines.statement(LocalDate.of(2026, 9, 18))).isEqualTo(firm(2026, 9, 24));
    }

    @Test
    void deliveryWithinSevenWorkingDaysRunsThroughMidAutumnAndNationalDay() {
        assertThat(deadlines.delivery(LocalDate.of(2026, 9, 24))).isEqualTo(firm(2026, 10, 12));
    }

    @Test
    void fifteenDaysToPayEndingOnNationalDayEndAfterTheHoliday() {
        assertThat(deadlines.payment(LocalDate.of(2026, 9, 16))).isEqualTo(firm(2026, 10, 8));
    }

    @Test
    void ninetyDaysToDecideEndingInTheSpringFestivalEndAfterItAndExtensionsAddDays() {
        assertThat(deadlines.decision(LocalDate.of(2025, 11, 23), 0)).isEqualTo(firm(2026, 2, 24));
        assertThat(deadlines.decision(LocalDate.of(2025, 11, 23), 30)).isEqualTo(firm(2026, 3, 23));
    }

    @Test
    void theHearingIsHeldNoEarlierThanSevenWorkingDaysAfterItsNotice() {
        // Notified Thursday 30 April 2026: 1-5 May off, Saturday 9 May a make-up working day.
        assertThat(deadlines.earliestHearing(LocalDate.of(2026, 4, 30))).isEqualTo(firm(2026, 5, 13));
    }

    @Test
    void preservedEvidenceIsDecidedWithinSevenWorkingDaysAfterNationalDay2025() {
        assertThat(deadlines.evidencePreservation(LocalDate.of(2025, 9, 30))).isEqualTo(firm(2025, 10, 16));
    }

    @Test
    void aSeizureLastsThirtyDaysAndSixtyWithItsOneExtension() {
        assertThat(deadlines.seizure(LocalDate.of(2026, 1, 20), false)).isEqualTo(firm(2026, 2, 24));
        assertThat(deadlines.seizure(LocalDate.of(2026, 1, 20), true)).isEqualTo(firm(2026, 3, 23));
    }

    @Test
    void theCourtIsAskedAfterTenWorkingDaysFromTheReminderAndWithinThreeMonthsAfterTheTimeToSue() {
        assertThat(deadlines.reminder(LocalDate.of(2026, 2, 12))).isEqualTo(firm(2026, 3, 4));
        assertThat(deadlines.litigation(LocalDate.of(2025, 8, 1))).isEqualTo(firm(2026, 2, 2));
        assertThat(deadlines.courtApplication(LocalDate.of(2025, 8, 1))).isEqualTo(firm(2026, 5, 6));
    }

    @Test
    void aDeadlineInAYearWithoutCalendarDataIsProvisional() {
        assertThat(deadlines.hearingRequest(LocalDate.of(2026, 12, 28)))
                .isEqualTo(new Deadline(LocalDate.of(2027, 1, 4), true));
        assertThat(deadlines.decision(LocalDate.of(2026, 6, 1), 0)).isEqualTo(firm(2026, 8, 31));
    }

    @Test
    void dueSoonReachesFiveWorkingDaysAhead() {
        assertThat(deadlines.dueSoonLimit(LocalDate.of(2026, 9, 30))).isEqualTo(LocalDate.of(2026, 10, 13));
    }

    private static Deadline firm(int year, int month, int day) {
        return new Deadline(LocalDate.of(year, month, day), false);
    }
}
