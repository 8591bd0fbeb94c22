package org.fazhi.governance.normative;

import java.time.LocalDate;

import org.fazhi.shared.WorkdayCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** The dates that follow from the county's terms: comment period, entry into force, filing deadline, validity. */
@Component
public class NormativeTerms {

    private final NormativeProperties settings;
    private final WorkdayCalendar calendar;

    @Autowired
    NormativeTerms(NormativeProperties settings) {
        this(settings, WorkdayCalendar.china());
    }

    NormativeTerms(NormativeProperties settings, WorkdayCalendar calendar) {
        this.settings = settings;
        this.calendar = calendar;
    }

    /** Whether a comment period from {@code from} to {@code to} is long enough (both days counted). */
    boolean commentLongEnough(LocalDate from, LocalDate to, boolean businessRelated) {
        if (businessRelated) {
            return !to.isBefore(from.plusDays(settings.businessCommentMinDays() - 1L));
        }
        return calendar.workingDaysBetween(from.minusDays(1), to) >= settings.commentMinWorkingDays();
    }

    int commentMinimum(boolean businessRelated) {
        return businessRelated ? settings.businessCommentMinDays() : settings.commentMinWorkingDays();
    }

    /** The last day to file with each body: {@code filingDays} calendar days after publication. */
    LocalDate filingDueOn(LocalDate publishedOn) {
        return publishedOn.plusDays(settings.filingDays());
    }

    LocalDate effectiveFrom(LocalDate publishedOn) {
        return publishedOn.plusDays(settings.effectiveAfterDays());
    }

    /** The last day of validity: 5 years (暂行/试行 2) from entry into force. */
    LocalDate validUntil(LocalDate effectiveFrom, boolean provisional) {
        return effectiveFrom.plusYears(provisional ? settings.provisionalValidYears() : settings.validYears())
                .minusDays(1);
    }

    /** The last day of validity that the expiry reminder lists on {@code today}. */
    LocalDate remindUntil(LocalDate today) {
        return today.plusDays(settings.expiryReminderDays());
    }

    int filingDays() {
        return settings.filingDays();
    }
}
