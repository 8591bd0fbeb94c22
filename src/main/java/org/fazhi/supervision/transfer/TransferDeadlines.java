package org.fazhi.supervision.transfer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.fazhi.shared.WorkdayCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Works out each time limit from the day or instant it starts, on the working-day calendar and the county's settings. */
@Component
public class TransferDeadlines {

    private final TransferProperties settings;
    private final WorkdayCalendar calendar;
    private final ZoneId zone;

    @Autowired
    TransferDeadlines(TransferProperties settings, Clock clock) {
        this(settings, WorkdayCalendar.china(), clock.getZone());
    }

    TransferDeadlines(TransferProperties settings, WorkdayCalendar calendar, ZoneId zone) {
        this.settings = settings;
        this.calendar = calendar;
        this.zone = zone;
    }

    /** The limit that starts on {@code start}: its days counted from the next day, ending on a working day. */
    TransferDeadline startingOn(DeadlineKind kind, LocalDate start) {
        WorkdayCalendar.Deadline end = calendar.deadlineAfterCalendarDays(start, daysOf(kind));
        Instant dueAt = end.date().plusDays(1).atStartOfDay(zone).toInstant();
        return new TransferDeadline(kind, end.date(), dueAt, null, false, end.provisional());
    }

    /** The hand-over: so many hours after the approval, holidays or not. */
    TransferDeadline handoverAfter(Instant approvedAt) {
        Instant dueAt = approvedAt.plus(Duration.ofHours(settings.handoverHours()));
        return new TransferDeadline(DeadlineKind.HANDOVER, dueAt.atZone(zone).toLocalDate(), dueAt, null, false,
                false);
    }

    boolean tracksCommissionDecision() {
        return settings.commissionDecisionDays() > 0;
    }

    LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** A day's step taken on {@code day} counts as taken at its start (on time if the day is not after the last). */
    Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    private int daysOf(DeadlineKind kind) {
        return switch (kind) {
            case APPROVAL -> settings.approvalDays();
            case POLICE_DECISION -> settings.policeDecisionDays();
            case RECONSIDERATION_REQUEST -> settings.reconsiderationRequestDays();
            case RECONSIDERATION_DECISION -> settings.reconsiderationDecisionDays();
            case EXHIBITS -> settings.exhibitsDays();
            case HANDOVER -> throw new IllegalArgumentException("the hand-over limit is in hours");
        };
    }

    int commissionDecisionDays() {
        return settings.commissionDecisionDays();
    }

    TransferDeadline commissionDecisionStartingOn(LocalDate start) {
        WorkdayCalendar.Deadline end = calendar.deadlineAfterCalendarDays(start, settings.commissionDecisionDays());
        return new TransferDeadline(DeadlineKind.POLICE_DECISION, end.date(),
                end.date().plusDays(1).atStartOfDay(zone).toInstant(), null, false, end.provisional());
    }
}
