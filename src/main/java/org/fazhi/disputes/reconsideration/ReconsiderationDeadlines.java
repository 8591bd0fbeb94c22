package org.fazhi.disputes.reconsideration;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.fazhi.shared.WorkdayCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Works out each time limit from the day it starts, on the working-day calendar and the county's settings. */
@Component
public class ReconsiderationDeadlines {

    private final ReconsiderationProperties settings;
    private final WorkdayCalendar calendar;

    @Autowired
    ReconsiderationDeadlines(ReconsiderationProperties settings) {
        this(settings, WorkdayCalendar.china());
    }

    ReconsiderationDeadlines(ReconsiderationProperties settings, WorkdayCalendar calendar) {
        this.settings = settings;
        this.calendar = calendar;
    }

    /** A working-day limit (examination, correction, copy, answer) starting on {@code start} (第八十八条). */
    ReconsiderationDeadline startingOn(DeadlineKind kind, LocalDate start) {
        WorkdayCalendar.Deadline end = calendar.deadlineAfterWorkingDays(start, workingDaysOf(kind));
        return new ReconsiderationDeadline(kind, start, end.date(), null, false, end.provisional());
    }

    /** The decision's limit: 60 days (30 simplified) from acceptance, plus the approved extension (第六十二条). */
    ReconsiderationDeadline decision(LocalDate acceptedOn, Procedure procedure, boolean extended) {
        int days = procedure == Procedure.SIMPLIFIED ? settings.simplifiedDecisionDays() : settings.decisionDays();
        WorkdayCalendar.Deadline end = calendar.deadlineAfterCalendarDays(acceptedOn,
                days + (extended ? settings.extensionDays() : 0));
        return new ReconsiderationDeadline(DeadlineKind.DECISION, acceptedOn, end.date(), null, false,
                end.provisional());
    }

    /**
     * Whether the application came after its period (第二十条): 60 days from knowing of the act, or at most one year
     * when the agency did not explain the right to apply.
     */
    boolean isLate(LocalDate knewOn, LocalDate receivedOn, boolean rightExplained) {
        int days = rightExplained ? settings.applicationDays()
                : (int) ChronoUnit.DAYS.between(knewOn, knewOn.plusMonths(settings.unexplainedRightMonths()));
        return receivedOn.isAfter(calendar.endOfPeriod(knewOn, days));
    }

    /** Whether the parties were notified of a hearing at least the required working days before it (第五十条). */
    boolean noticeInTime(LocalDate noticeOn, LocalDate hearingOn) {
        return calendar.workingDaysBetween(noticeOn, hearingOn) >= settings.hearingNoticeWorkingDays();
    }

    int hearingNoticeWorkingDays() {
        return settings.hearingNoticeWorkingDays();
    }

    int extensionDays() {
        return settings.extensionDays();
    }

    private int workingDaysOf(DeadlineKind kind) {
        return switch (kind) {
            case EXAMINATION -> settings.examinationWorkingDays();
            case CORRECTION -> settings.correctionWorkingDays();
            case COPY -> settings.copyWorkingDays();
            case ANSWER -> settings.answerWorkingDays();
            case DECISION -> throw new IllegalArgumentException("the decision's limit is in calendar days");
        };
    }
}
