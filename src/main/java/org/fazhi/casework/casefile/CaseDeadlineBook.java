package org.fazhi.casework.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.fazhi.casework.DeadlineKind;
import org.fazhi.casework.deadline.CaseDeadlines;
import org.fazhi.casework.procedure.Proposal;
import org.fazhi.shared.WorkdayCalendar.Deadline;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A case's deadlines, worked out from its dates after every step: the decision (立案 + 90 days + extensions), the
 * delivery, the payment and the application to the court are stored for the due-soon list and the watcher; the
 * party's statement and hearing-request periods are shown but not watched (they are the party's to use, not
 * duties). A deadline the case met records the day; one moved by an extension is raised again.
 */
@Component
class CaseDeadlineBook {

    private final JdbcClient jdbc;
    private final CaseDeadlines deadlines;
    private final CaseFactsReader facts;

    CaseDeadlineBook(JdbcClient jdbc, CaseDeadlines deadlines, CaseFactsReader facts) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.facts = facts;
    }

    /** The deadlines of the case on its page, in the order they arise. */
    List<RunningDeadline> of(PenaltyCase c, LocalDate today) {
        List<RunningDeadline> all = new ArrayList<>();
        LocalDate decided = c.decision().decidedOn();
        LocalDate notified = c.notice().notifiedOn();
        add(all, DeadlineKind.DECISION, c.investigation().filedOn(), on -> deadlines.decision(on, c.extensionDays()),
                decided);
        // The party's periods end when they run out, or when the party gives them up (or asks for its hearing).
        boolean waived = c.notice().waived();
        add(all, DeadlineKind.STATEMENT, notified, deadlines::statement, waived ? notified : null);
        if (c.notice().hearingRights()) {
            add(all, DeadlineKind.HEARING_REQUEST, notified, deadlines::hearingRequest,
                    waived || c.hearing().requested() ? notified : null);
        }
        all.replaceAll(d -> d.metOn() == null && isParty(d.kind()) && today.isAfter(d.dueOn())
                ? new RunningDeadline(d.kind(), d.startedOn(), d.dueOn(), d.provisional(), d.dueOn()) : d);
        add(all, DeadlineKind.DELIVERY, decided, deadlines::delivery, c.execution().deliveredOn());
        Proposal decision = c.decision().decided();
        if (decision != null && !decision.fine().isZero()) {
            LocalDate settled = settledOn(c, today);
            LocalDate plannedDue = c.execution().paymentDue();
            add(all, DeadlineKind.PAYMENT, c.execution().deliveredOn(), on -> plannedDue == null
                    ? deadlines.payment(on) : new Deadline(plannedDue, deadlines.payment(on).provisional()), settled);
            if (c.execution().reminderDeliveredOn() != null) {
                LocalDate applied = c.execution().courtAppliedOn();
                add(all, DeadlineKind.COURT_APPLICATION, c.execution().deliveredOn(), deadlines::courtApplication,
                        applied != null ? applied : settled);
            }
        }
        LocalDate closed = c.execution().closedOn();
        return closed == null ? all : all.stream().map(d -> d.metOn() != null ? d
                : new RunningDeadline(d.kind(), d.startedOn(), d.dueOn(), d.provisional(), closed)).toList();
    }

    /** Stores the watched deadlines as they now stand; a moved date is raised again, a met one no more. */
    void sync(PenaltyCase c, LocalDate today) {
        List<RunningDeadline> watched = of(c, today).stream().filter(d -> !isParty(d.kind())).toList();
        for (RunningDeadline d : watched) {
            jdbc.sql("""
                    insert into casework.deadline (case_id, kind, region_code, agency_id, started_on, due_on,
                           provisional, met_on) values (?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (case_id, kind) do update set started_on = excluded.started_on,
                           due_on = excluded.due_on, provisional = excluded.provisional, met_on = excluded.met_on,
                           approaching_raised_at = case when deadline.due_on = excluded.due_on
                                                        then deadline.approaching_raised_at end,
                           missed_raised_at = case when deadline.due_on = excluded.due_on
                                                   then deadline.missed_raised_at end""")
                    .params(c.id(), d.kind().name(), c.county().value(), c.agencyId(), d.startedOn(), d.dueOn(),
                            d.provisional(), d.metOn()).update();
        }
    }

    private static boolean isParty(DeadlineKind kind) {
        return kind == DeadlineKind.STATEMENT || kind == DeadlineKind.HEARING_REQUEST;
    }

    /** The day nothing more was owed, or null while something is. */
    private @Nullable LocalDate settledOn(PenaltyCase c, LocalDate today) {
        if (facts.account(c, today).owed().isGreaterThan(org.fazhi.shared.Money.ZERO)) {
            return null;
        }
        return c.payments().isEmpty() ? today : c.payments().get(c.payments().size() - 1).paidOn();
    }

    private static void add(List<RunningDeadline> all, DeadlineKind kind, @Nullable LocalDate start,
                            Function<LocalDate, Deadline> period, @Nullable LocalDate metOn) {
        if (start != null) {
            Deadline due = period.apply(start);
            all.add(new RunningDeadline(kind, start, due.date(), due.provisional(), metOn));
        }
    }
}
