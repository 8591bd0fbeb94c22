package org.fazhi.casework.generation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

import org.fazhi.casework.DeadlineKind;
import org.fazhi.casework.deadline.CaseDeadlines;
import org.fazhi.casework.procedure.Transition;
import org.fazhi.shared.WorkdayCalendar.Deadline;

import static org.fazhi.casework.procedure.CaseState.*;

/**
 * 执行 of a delivered decision, then 结案 and 归档: a fine paid in time (85%), by instalments the head approved (5%),
 * or late: 催告, then paid with the surcharge of 第七十二条 (capped at the fine), or, once the party's time to sue
 * has run out, an application to the court (which collects in six cases of ten). Without a fine, the case closes
 * after delivery. Archived some weeks after it closed.
 */
final class Execution {

    private final CaseDraft c;
    private final CaseLife.Desk desk;
    private final SplittableRandom r;
    private final long fine;
    private final CaseLife life;
    private final CaseDeadlines periods;

    Execution(CaseDraft c, CaseLife.Desk desk, SplittableRandom r, long fine, CaseLife life) {
        this.c = c;
        this.desk = desk;
        this.r = r;
        this.fine = fine;
        this.life = life;
        this.periods = life.periods();
    }

    void carryOut(LocalDate delivered) {
        if (fine == 0) {
            close(delivered.plusDays(1 + r.nextInt(10)));
            return;
        }
        Deadline due = periods.payment(delivered);
        c.paymentDue = due.date();
        c.deadlines.add(CaseLife.deadline(DeadlineKind.PAYMENT, delivered, due, null));
        int roll = r.nextInt(100);
        if (roll < 85) {
            LocalDate paid = delivered.plusDays(1 + r.nextInt((int) ChronoUnit.DAYS.between(delivered, due.date())));
            if (pay(paid, fine)) {
                settled(delivered, due, paid);
            }
        } else if (roll < 90) {
            instalments(delivered, due);
        } else {
            late(delivered, due);
        }
    }

    private void instalments(LocalDate delivered, Deadline due) {
        LocalDate approved = delivered.plusDays(2 + r.nextInt(8));
        LocalDate planned = approved.plusDays(60 + r.nextInt(60));
        if (!life.step(c, desk, approved, r, Transition.APPROVE_PAYMENT_PLAN, EXECUTING, false, "准予分两期缴纳")) {
            return;
        }
        c.paymentDue = planned;
        c.paymentPlan = "准予分两期缴纳，末期缴款日 " + planned;
        Deadline moved = new Deadline(planned, due.provisional());
        CaseLife.replace(c, DeadlineKind.PAYMENT, delivered, moved, null);
        long half = fine / 2;
        if (pay(approved.plusDays(5 + r.nextInt(20)), half)) {
            LocalDate second = planned.minusDays(r.nextInt(20));
            if (pay(second, fine - half)) {
                settled(delivered, moved, second);
            }
        }
    }

    private void late(LocalDate delivered, Deadline due) {
        LocalDate reminded = due.date().plusDays(5 + r.nextInt(25));
        if (!life.step(c, desk, reminded, r, Transition.SEND_REMINDER, EXECUTING, true, null)) {
            return;
        }
        c.reminderDeliveredOn = reminded;
        Deadline court = periods.courtApplication(delivered);
        c.deadlines.add(CaseLife.deadline(DeadlineKind.COURT_APPLICATION, delivered, court, null));
        if (r.nextBoolean()) {
            LocalDate paid = reminded.plusDays(3 + r.nextInt(12));
            long surcharge = Math.min(fine, fine * 3 / 100 * ChronoUnit.DAYS.between(due.date(), paid));
            if (pay(paid, fine + surcharge)) {
                CaseLife.replace(c, DeadlineKind.COURT_APPLICATION, delivered, court, paid);
                settled(delivered, due, paid);
            }
            return;
        }
        LocalDate applied = periods.litigation(delivered).date().plusDays(1 + r.nextInt(60));
        if (!life.step(c, desk, applied, r, Transition.APPLY_TO_COURT, COURT_ENFORCEMENT, false, null)) {
            return;
        }
        c.courtAppliedOn = applied;
        CaseLife.replace(c, DeadlineKind.COURT_APPLICATION, delivered, court, applied);
        if (r.nextInt(10) < 6) {
            LocalDate collected = applied.plusDays(30 + r.nextInt(150));
            if (pay(collected, fine * 2)) {
                settled(delivered, due, collected);
            }
        }
    }

    private boolean pay(LocalDate day, long fen) {
        if (!life.step(c, desk, day, r, Transition.RECORD_PAYMENT, c.state, true, fen / 100 + "元")) {
            return false;
        }
        c.payments.add(new CaseDraft.Payment(day, fen, "gen-" + desk.handlers().get(0)));
        return true;
    }

    /** Nothing more owed: the payment deadline met on the last payment, the case closed and later archived. */
    private void settled(LocalDate delivered, Deadline due, LocalDate paid) {
        CaseLife.replace(c, DeadlineKind.PAYMENT, delivered, due, paid);
        close(paid.plusDays(1 + r.nextInt(10)));
    }

    private void close(LocalDate closed) {
        if (!life.step(c, desk, closed, r, Transition.CLOSE, CLOSED, true, "执行完毕")) {
            return;
        }
        c.closedOn = closed;
        LocalDate archived = closed.plusDays(7 + r.nextInt(60));
        if (life.step(c, desk, archived, r, Transition.ARCHIVE, ARCHIVED, false, null)) {
            c.archivedOn = archived;
        }
    }
}
