package org.fazhi.disclosure.generation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.SplittableRandom;

import org.fazhi.disclosure.publication.PublishingRules;
import org.fazhi.shared.WorkdayCalendar;
import org.jspecify.annotations.Nullable;

/**
 * What became of one generated publication by {@code today}: most legal offices publish within the 7 working days
 * ({@value #ON_TIME_PERCENT}%), some a few working days late, a few weeks late; one not yet published on its day is
 * still PENDING (only recent decisions are); {@value #WITHDRAWN_PER_MILLE}‰ of those published are withdrawn some
 * weeks later because the decision was changed or revoked (by the agency, on reconsideration, by a court), with the
 * reason shown publicly; one whose period ended before today has EXPIRED. Late publications were reported overdue
 * the day after their due day, so the watch does not raise history again.
 */
record PublicationFate(String state, @Nullable LocalDate publishedOn, @Nullable OffsetDateTime publishedAt,
                       @Nullable String publishedBy, @Nullable LocalDate expiresOn,
                       @Nullable OffsetDateTime withdrawnAt, @Nullable String withdrawnBy,
                       @Nullable String withdrawalReason, @Nullable OffsetDateTime overdueRaisedAt,
                       OffsetDateTime createdAt, int version) {

    static final int ON_TIME_PERCENT = 88;
    static final int LATE_PERCENT = 9;
    static final int WITHDRAWN_PER_MILLE = 20;

    /** Public reasons, by the four ways a decision changes; the first two are the agency's own. */
    static final String[] REASONS = {
        "本机关复查发现原决定认定事实不清，已依法撤销原行政处罚决定",
        "本机关依法变更原行政处罚决定的处罚内容，变更后的决定另行公示",
        "原行政处罚决定经行政复议被撤销",
        "原行政处罚决定被人民法院判决撤销"};
    private static final int[] REASON_WEIGHTS = {35, 30, 25, 10};

    /** What the fate depends on: the deciding agency, the decision's day, its due day and its period. */
    record Decided(long agencyId, LocalDate decidedOn, LocalDate dueOn, Period period) {

        static Decided of(PublishingRules.Draft draft) {
            return new Decided(draft.decision().agencyId(), draft.decision().decidedOn(), draft.dueOn(),
                    draft.period());
        }
    }

    static PublicationFate of(Decided draft, LocalDate today, WorkdayCalendar calendar, ZoneId zone,
                              SplittableRandom random) {
        LocalDate decided = draft.decidedOn();
        OffsetDateTime created = at(decided, 17, 30, zone);
        LocalDate publishOn = publishDay(decided, draft.dueOn(), calendar, random);
        if (!publishOn.isBefore(today)) {
            return new PublicationFate("PENDING", null, null, null, null, null, null, null, null, created, 0);
        }
        String by = "legal" + draft.agencyId();
        OffsetDateTime publishedAt = at(publishOn, 9 + random.nextInt(8), random.nextInt(60), zone);
        LocalDate expiresOn = publishOn.plus(draft.period());
        OffsetDateTime raised = publishOn.isAfter(draft.dueOn()) ? at(draft.dueOn().plusDays(1), 0, 10, zone) : null;
        LocalDate withdrawOn = publishOn.plusDays(5 + random.nextInt(180));
        if (random.nextInt(1000) < WITHDRAWN_PER_MILLE && withdrawOn.isBefore(today)
                && !withdrawOn.isAfter(expiresOn)) {
            return new PublicationFate("WITHDRAWN", publishOn, publishedAt, by, expiresOn,
                    at(withdrawOn, 10 + random.nextInt(6), random.nextInt(60), zone), by, reason(random), raised,
                    created, 2);
        }
        String state = expiresOn.isBefore(today) ? "EXPIRED" : "PUBLISHED";
        return new PublicationFate(state, publishOn, publishedAt, by, expiresOn, null, null, null, raised, created,
                state.equals("EXPIRED") ? 2 : 1);
    }

    /** A working day within the period, or some working days after it. */
    private static LocalDate publishDay(LocalDate decided, LocalDate due, WorkdayCalendar calendar,
                                        SplittableRandom random) {
        int roll = random.nextInt(100);
        if (roll < ON_TIME_PERCENT) {
            int within = Math.max(1, calendar.workingDaysBetween(decided, due));
            return calendar.addWorkingDays(decided, 1 + random.nextInt(within));
        }
        int late = roll < ON_TIME_PERCENT + LATE_PERCENT ? 1 + random.nextInt(10) : 11 + random.nextInt(30);
        return calendar.addWorkingDays(due, late);
    }

    private static String reason(SplittableRandom random) {
        int roll = random.nextInt(100);
        for (int i = 0; i < REASONS.length; i++) {
            roll -= REASON_WEIGHTS[i];
            if (roll < 0) {
                return REASONS[i];
            }
        }
        return REASONS[0];
    }

    private static OffsetDateTime at(LocalDate day, int hour, int minute, ZoneId zone) {
        return day.atTime(hour, minute).atZone(zone).toOffsetDateTime();
    }
}
