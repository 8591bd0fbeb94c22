package org.fazhi.casework.compulsion;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.fazhi.casework.CaseworkProperties;
import org.fazhi.shared.WorkdayCalendar;
import org.fazhi.shared.WorkdayCalendar.Deadline;

/**
 * The periods of a measure (行政强制法): 30 days from the day it is taken, plus the one extension the head approved
 * (第二十五条; calendar days, ending on the next working day when the last is a day off, as the case's periods do);
 * 7 working days for evidence registered and preserved (行政处罚法第五十六条、第八十五条); and, for one taken
 * urgently, the hours within which the head approves it (行政强制法第十九条).
 */
public final class MeasurePeriods {

    private final WorkdayCalendar calendar;
    private final CaseworkProperties rules;

    public MeasurePeriods(WorkdayCalendar calendar, CaseworkProperties rules) {
        this.calendar = calendar;
        this.rules = rules;
    }

    public Deadline limit(MeasureKind kind, LocalDate startedOn, int extensionDays) {
        if (!kind.isCompulsory()) {
            return calendar.deadlineAfterWorkingDays(startedOn, rules.evidencePreservationWorkingDays());
        }
        return calendar.deadlineAfterCalendarDays(startedOn, rules.seizureCalendarDays() + extensionDays);
    }

    public int maxExtensionDays() {
        return rules.seizureExtensionCalendarDays();
    }

    public int limitDays() {
        return rules.seizureCalendarDays();
    }

    public Instant approvalDue(Instant takenAt) {
        return takenAt.plus(Duration.ofHours(rules.urgentApprovalHours()));
    }

    public int approvalHours() {
        return rules.urgentApprovalHours();
    }
}
