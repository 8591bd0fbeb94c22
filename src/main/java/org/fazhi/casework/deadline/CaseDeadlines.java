package org.fazhi.casework.deadline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.fazhi.casework.CaseworkProperties;
import org.fazhi.shared.WorkdayCalendar;
import org.fazhi.shared.WorkdayCalendar.Deadline;

/**
 * The periods of a case worked out on the working-day calendar. 行政处罚法第八十五条: its 二日、三日、五日、七日 are
 * working days; every other period counts calendar days, and one whose last day is a day off ends on the next
 * working day. The day a period starts from is never counted. A deadline that depends on a year the calendar has
 * no data for is {@linkplain Deadline#provisional() provisional}.
 */
public final class CaseDeadlines {

    private final WorkdayCalendar calendar;
    private final CaseworkProperties rules;

    public CaseDeadlines(WorkdayCalendar calendar, CaseworkProperties rules) {
        this.calendar = calendar;
        this.rules = rules;
    }

    /** 第六十条: the decision within 90 days of 立案, plus the days of every approved extension. */
    public Deadline decision(LocalDate filedOn, int extensionDays) {
        return calendar.deadlineAfterCalendarDays(filedOn, rules.decisionCalendarDays() + extensionDays);
    }

    /** The party states and defends within this after 告知. */
    public Deadline statement(LocalDate notifiedOn) {
        return calendar.deadlineAfterWorkingDays(notifiedOn, rules.statementWorkingDays());
    }

    /** 第六十四条: a hearing is asked for within 5 days of 告知. */
    public Deadline hearingRequest(LocalDate notifiedOn) {
        return calendar.deadlineAfterWorkingDays(notifiedOn, rules.hearingRequestWorkingDays());
    }

    /** 第六十四条: the party is notified 7 days before the hearing, so this is the first day it may be held. */
    public Deadline earliestHearing(LocalDate noticeOn) {
        return calendar.deadlineAfterWorkingDays(noticeOn, rules.hearingNoticeWorkingDays());
    }

    /** 第六十一条: a decision not delivered on the spot is delivered within 7 days. */
    public Deadline delivery(LocalDate decidedOn) {
        return calendar.deadlineAfterWorkingDays(decidedOn, rules.deliveryWorkingDays());
    }

    /** 第六十七条: the fine is paid within 15 days of receiving the decision. */
    public Deadline payment(LocalDate deliveredOn) {
        return calendar.deadlineAfterCalendarDays(deliveredOn, rules.paymentCalendarDays());
    }

    /** 第五十二条: a decision on the spot is reported to the agency (备案) within the configured working days. */
    public Deadline onTheSpotReport(LocalDate decidedOn) {
        return calendar.deadlineAfterWorkingDays(decidedOn, rules.onTheSpotReportWorkingDays());
    }

    /** 第五十六条: a decision on evidence registered and preserved within 7 days. */
    public Deadline evidencePreservation(LocalDate preservedOn) {
        return calendar.deadlineAfterWorkingDays(preservedOn, rules.evidencePreservationWorkingDays());
    }

    /** 行政强制法第二十五条: 查封、扣押 for 30 days, or 60 with the one extension the head may approve. */
    public Deadline seizure(LocalDate seizedOn, boolean extended) {
        int days = rules.seizureCalendarDays() + (extended ? rules.seizureExtensionCalendarDays() : 0);
        return calendar.deadlineAfterCalendarDays(seizedOn, days);
    }

    /** 行政强制法第五十四条: the court may be asked once 10 days have passed since the reminder was delivered. */
    public Deadline reminder(LocalDate deliveredOn) {
        return calendar.deadlineAfterWorkingDays(deliveredOn, rules.reminderWorkingDays());
    }

    /** 行政诉讼法第四十六条: the party may sue within 6 months of receiving the decision. */
    public Deadline litigation(LocalDate deliveredOn) {
        return afterMonths(deliveredOn, rules.litigationMonths());
    }

    /** 行政强制法第五十三条: the agency applies to the court within 3 months after the party's time ran out. */
    public Deadline courtApplication(LocalDate deliveredOn) {
        LocalDate litigationEnds = litigation(deliveredOn).date();
        Deadline end = afterMonths(litigationEnds, rules.courtApplicationMonths());
        return new Deadline(end.date(), end.provisional() || litigation(deliveredOn).provisional());
    }

    /** The last day a deadline may fall on to count as due soon: this many working days from today. */
    public LocalDate dueSoonLimit(LocalDate today) {
        return calendar.addWorkingDays(today, rules.dueSoonWorkingDays());
    }

    /** A period in months counts like one in days: to the same day of the month, then to a working day. */
    private Deadline afterMonths(LocalDate start, int months) {
        return calendar.deadlineAfterCalendarDays(start, (int) ChronoUnit.DAYS.between(start, start.plusMonths(months)));
    }
}
