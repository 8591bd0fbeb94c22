package org.fazhi.casework.generation;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;

import org.fazhi.casework.CaseworkProperties;
import org.fazhi.casework.DeadlineKind;
import org.fazhi.casework.DecisionKind;
import org.fazhi.casework.deadline.CaseDeadlines;
import org.fazhi.casework.procedure.CaseState;
import org.fazhi.casework.procedure.Transition;
import org.fazhi.entities.PartyKind;
import org.fazhi.shared.WorkdayCalendar.Deadline;
import org.jspecify.annotations.Nullable;

/**
 * The life of one generated simple-procedure case (简易程序, 行政处罚法第五十一条): decided and delivered on the spot
 * by two certified officers on the day the violation was seen, with no 立案, as {@code OnTheSpotDecisions} records
 * it (one timeline entry, the case in execution). A warning alone in a quarter of them, otherwise a fine within the
 * limits of 第五十一条 (a citizen up to ¥200, an organisation up to ¥3,000; a 个体工商户, under the organisation's
 * limit here as in {@code CaseworkProperties}, mostly small sums up to ¥1,000); a fine within the limit of 第六十八条 is
 * collected there with a receipt seven times in ten, the others paid at the bank within 15 days (one in twenty never
 * paid and left in execution). Reported to the agency (备案) within 3 working days, one in ten late; closed once
 * paid and reported, archived weeks later.
 */
final class SpotLife {

    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    private final CaseLife life;
    private final CaseDeadlines periods;
    private final CaseworkProperties rules;
    private final LocalDate today;

    SpotLife(CaseLife life, CaseDeadlines periods, CaseworkProperties rules, LocalDate today) {
        this.life = life;
        this.periods = periods;
        this.rules = rules;
        this.today = today;
    }

    /** The decision on {@code c.discoveredOn} (a day before today), its payment, report, closing and archiving. */
    void live(CaseDraft c, CaseLife.Desk desk, PartyKind party, SplittableRandom r) {
        LocalDate day = c.discoveredOn;
        long fine = fine(party, r);
        decide(c, desk, day, fine, r);
        boolean collected = fine > 0 && fine <= rules.onTheSpotCollection().fen() && r.nextInt(10) < 7;
        @Nullable LocalDate settled = null;
        if (collected) {
            c.payments.add(new CaseDraft.Payment(day, fine, CaseLife.handler(desk)));
            c.deadlines.add(CaseLife.deadline(DeadlineKind.PAYMENT, day, periods.payment(day), day));
        } else if (fine > 0) {
            Deadline due = periods.payment(day);
            c.paymentDue = due.date();
            c.deadlines.add(CaseLife.deadline(DeadlineKind.PAYMENT, day, due, null));
            settled = r.nextInt(20) == 0 ? null
                    : day.plusDays(1 + r.nextInt((int) ChronoUnit.DAYS.between(day, due.date())));
        }
        LocalDate reportDue = periods.onTheSpotReport(day).date();
        LocalDate reported = r.nextInt(10) == 0 ? reportDue.plusDays(1 + r.nextInt(5))
                : day.plusDays(r.nextInt((int) ChronoUnit.DAYS.between(day, reportDue) + 1));
        boolean waived = r.nextInt(10) < 7;
        c.spot = new CaseDraft.Spot(party, c.reference == null ? "" : c.reference,
                waived ? null : "当事人对违法事实无异议", waived, collected,
                collected ? "当场收缴罚款收据" + day.getYear() + String.format("%06d", r.nextInt(1_000_000)) : null,
                reportDue, null, null);
        afterwards(c, desk, fine, settled, reported, r);
    }

    private static long fine(PartyKind party, SplittableRandom r) {
        if (r.nextInt(4) == 0) {
            return 0;
        }
        return switch (party) {
            case PERSON -> 100L * (20 + 10L * r.nextInt(19));
            case INDIVIDUAL_BUSINESS -> 100L * (50 + 50L * r.nextInt(20));
            default -> 100L * (200 + 100L * r.nextInt(29));
        };
    }

    private void decide(CaseDraft c, CaseLife.Desk desk, LocalDate day, long fine, SplittableRandom r) {
        c.procedure = "SIMPLE";
        c.createdAt = day.atTime(8 + r.nextInt(10), r.nextInt(60)).atOffset(BEIJING);
        c.itemIds = List.of(desk.itemId());
        c.itemCodes = List.of(desk.itemCode());
        c.handlerIds = desk.handlers();
        c.facts = c.summary;
        c.violationOn = day;
        c.events.add(new CaseDraft.Event(c.createdAt, CaseLife.handler(desk), desk.names().get(0),
                Transition.DECIDE_ON_THE_SPOT, null, CaseState.EXECUTING, c.summary));
        c.state = CaseState.EXECUTING;
        c.version = 1; // inserted as a clue, then saved decided
        c.proposals.add(new CaseDraft.Proposal("PROPOSED", DecisionKind.PENALTY, fine, false));
        c.proposals.add(new CaseDraft.Proposal("DECIDED", DecisionKind.PENALTY, fine, false));
        c.decidedOn = day;
        c.decisionReason = c.summary;
        c.deliveredOn = day;
        c.deadlines.add(CaseLife.deadline(DeadlineKind.DELIVERY, day, periods.delivery(day), day));
    }

    /**
     * The payment at the bank (when not collected: {@code paid} null if never) and the report, in the order of
     * their days; then closed once both are done, and archived.
     */
    private void afterwards(CaseDraft c, CaseLife.Desk desk, long fine, @Nullable LocalDate paid, LocalDate reported,
                            SplittableRandom r) {
        boolean owes = fine > 0 && c.paymentDue != null;
        boolean payFirst = owes && paid != null && paid.isBefore(reported);
        if (payFirst && !pay(c, desk, fine, paid, r)) {
            return;
        }
        if (!life.step(c, desk, reported, r, Transition.REPORT_ON_THE_SPOT, CaseState.EXECUTING, true, null)) {
            return;
        }
        CaseDraft.Spot s = c.spot;
        c.spot = new CaseDraft.Spot(s.partyKind(), s.place(), s.statement(), s.waived(), s.collected(),
                s.receiptNumber(), s.reportDue(), reported, CaseLife.handler(desk));
        if (owes && !payFirst && (paid == null || !pay(c, desk, fine, paid, r))) {
            return;
        }
        LocalDate done = owes && paid.isAfter(reported) ? paid : reported;
        LocalDate closed = done.plusDays(1 + r.nextInt(10));
        if (!life.step(c, desk, closed, r, Transition.CLOSE, CaseState.CLOSED, true, "执行完毕")) {
            return;
        }
        c.closedOn = closed;
        LocalDate archived = closed.plusDays(7 + r.nextInt(60));
        if (life.step(c, desk, archived, r, Transition.ARCHIVE, CaseState.ARCHIVED, false, null)) {
            c.archivedOn = archived;
        }
    }

    private boolean pay(CaseDraft c, CaseLife.Desk desk, long fine, LocalDate day, SplittableRandom r) {
        if (!life.step(c, desk, day, r, Transition.RECORD_PAYMENT, CaseState.EXECUTING, true, fine / 100 + "元")) {
            return false;
        }
        c.payments.add(new CaseDraft.Payment(day, fine, CaseLife.handler(desk)));
        CaseLife.replace(c, DeadlineKind.PAYMENT, c.discoveredOn, periods.payment(c.discoveredOn), day);
        return true;
    }
}
