package org.fazhi.casework.generation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;

import org.fazhi.casework.DeadlineKind;
import org.fazhi.casework.DecisionKind;
import org.fazhi.casework.deadline.CaseDeadlines;
import org.fazhi.casework.evidence.EvidenceKind;
import org.fazhi.casework.procedure.CaseState;
import org.fazhi.casework.procedure.Transition;
import org.fazhi.shared.WorkdayCalendar.Deadline;
import org.jspecify.annotations.Nullable;

import static org.fazhi.casework.procedure.CaseState.*;

/**
 * The life of one generated case, step by step in the order of the general procedure, each step on a day after the
 * one before and inside the periods the procedure keeps (the decision within 90 days of 立案 or an approved
 * extension, delivery within 7 working days, decisions only after the party's periods or its waiver, a hearing on
 * its notified day, the court asked within its window). Nothing happens on or after today, so recent cases are
 * still being worked on and old ones are archived. Rough shares: 5% declined; decisions 82% penalty, 8% 不予处罚,
 * 5% 首违不罚, 3% facts unproven, 2% transferred; 25% legal review (one in ten returned once); 4% extended; fines
 * 85% paid in time, 5% by instalments, the rest reminded, half of those then before the court.
 */
final class CaseLife {

    /** Who works the case: two certified handlers, a third officer who may chair a hearing, the item cited. */
    record Desk(List<Long> handlers, List<String> names, long chair, long itemId, String itemCode, String legalOffice) {
    }

    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    private static final EvidenceKind[] EVIDENCE = {EvidenceKind.INSPECTION_RECORD, EvidenceKind.DOCUMENTARY,
            EvidenceKind.PARTY_STATEMENT, EvidenceKind.AUDIO_VISUAL, EvidenceKind.PHYSICAL, EvidenceKind.ELECTRONIC};
    private static final String[] TITLES = {"现场检查笔录", "营业执照复印件", "询问笔录", "现场照片及视频", "抽样检验报告",
            "销售台账"};

    private final CaseDeadlines periods;
    private final LocalDate today;
    private final long largeFineFen;

    CaseLife(CaseDeadlines periods, LocalDate today, long largeFineFen) {
        this.periods = periods;
        this.today = today;
        this.largeFineFen = largeFineFen;
    }

    /** Registers the clue, then takes the case as far as its days allow. */
    void live(CaseDraft c, Desk desk, SplittableRandom r) {
        boolean fromInspection = c.taskId != null;
        c.createdAt = at(c.discoveredOn, r);
        c.events.add(new CaseDraft.Event(c.createdAt, fromInspection ? "system" : handler(desk),
                fromInspection ? "系统（检查结果移送）" : desk.names().get(0), Transition.REGISTER_CLUE, null, CLUE,
                c.summary));
        if (desk.handlers().isEmpty()) {
            // Nobody certified in the agency could file it, or it cites no penalty item: sent on to whoever may.
            decline(c, desk, c.discoveredOn.plusDays(3 + r.nextInt(27)), r, "本机关无权管辖，已移送有管辖权的机关");
            return;
        }
        if (r.nextInt(100) < 5) {
            decline(c, desk, c.discoveredOn.plusDays(2 + r.nextInt(18)), r, "经核查，不符合立案条件");
            return;
        }
        LocalDate filed = c.discoveredOn.plusDays(1 + r.nextInt(15));
        if (!step(c, desk, filed, r, Transition.FILE, INVESTIGATING, true, null)) {
            return;
        }
        c.filedOn = filed;
        c.violationOn = c.discoveredOn.minusDays(r.nextInt(30));
        c.itemIds = List.of(desk.itemId());
        c.itemCodes = List.of(desk.itemCode());
        c.handlerIds = desk.handlers();
        c.facts = "经查，当事人存在" + c.summary.replace("。", "") + "的违法行为";
        c.deadlines.add(deadline(DeadlineKind.DECISION, filed, periods.decision(filed, 0), null));
        new Decision(c, desk, r).take();
    }

    private void decline(CaseDraft c, Desk desk, LocalDate day, SplittableRandom r, String reason) {
        if (step(c, desk, day, r, Transition.DECLINE, NOT_FILED, false, reason)) {
            c.declineReason = reason;
        }
    }

    static String handler(Desk desk) {
        return desk.handlers().isEmpty() ? "gen-legal" : "gen-" + desk.handlers().get(0);
    }

    /** The case from the investigation to the archive; each step returns false once its day has not come. */
    private final class Decision {

        private final CaseDraft c;
        private final Desk desk;
        private final SplittableRandom r;
        private final DecisionKind kind;
        private final long fine;

        Decision(CaseDraft c, Desk desk, SplittableRandom r) {
            this.c = c;
            this.desk = desk;
            this.r = r;
            int roll = r.nextInt(100);
            this.kind = roll < 82 ? DecisionKind.PENALTY : roll < 90 ? DecisionKind.NO_PENALTY
                    : roll < 95 ? DecisionKind.FIRST_OFFENCE_WAIVED : roll < 98 ? DecisionKind.FACTS_UNPROVEN
                    : DecisionKind.TRANSFERRED;
            int size = r.nextInt(100);
            long yuan = size < 60 ? 1_000 + 100L * r.nextInt(41) : size < 92 ? 5_000 + 500L * r.nextInt(91)
                    : 50_000 + 5_000L * r.nextInt(31);
            this.fine = kind == DecisionKind.PENALTY ? yuan * 100 : 0;
        }

        void take() {
            LocalDate filed = c.filedOn;
            LocalDate day = filed;
            for (int i = 0, pieces = 1 + r.nextInt(3); i < pieces; i++) {
                day = day.plusDays(1 + r.nextInt(8));
                if (!evidence(day)) {
                    return;
                }
            }
            // One case in 25 is submitted so late that its decision needs the extension of 第六十条.
            boolean late = r.nextInt(100) < 4;
            LocalDate submitted = late ? filed.plusDays(84 + r.nextInt(5)) : day.plusDays(3 + r.nextInt(30));
            if (!step(c, desk, submitted, r, Transition.SUBMIT_FOR_REVIEW, UNDER_REVIEW, true, null)) {
                return;
            }
            c.proposals.add(proposal("PROPOSED"));
            LocalDate reviewed = legalReview(submitted);
            if (reviewed == null) {
                return;
            }
            LocalDate notified = reviewed.plusDays(1 + r.nextInt(4));
            if (!step(c, desk, notified, r, Transition.NOTIFY, NOTIFIED, true, null)) {
                return;
            }
            c.notifiedOn = notified;
            c.hearingRights = fine >= largeFineFen;
            c.proposals.add(proposal("NOTIFIED"));
            LocalDate ready = partysTurn(notified);
            if (ready == null) {
                return;
            }
            decide(ready.plusDays(1 + r.nextInt(4)));
        }

        private boolean evidence(LocalDate day) {
            int k = r.nextInt(EVIDENCE.length);
            if (!step(c, desk, day, r, Transition.RECORD_EVIDENCE, INVESTIGATING, true, TITLES[k])) {
                return false;
            }
            c.evidence.add(new CaseDraft.Evidence(EVIDENCE[k], TITLES[k], day, handler(), last()));
            return true;
        }

        /** 法制审核 for about a quarter of the cases (one in ten returned once); the day the case was reviewed. */
        private @Nullable LocalDate legalReview(LocalDate submitted) {
            if (r.nextInt(100) >= 25) {
                return submitted;
            }
            c.majorPublicInterest = true;
            LocalDate asked = submitted.plusDays(1 + r.nextInt(3));
            if (!step(c, desk, asked, r, Transition.SUBMIT_FOR_LEGAL_REVIEW, LEGAL_REVIEW, true, null)) {
                return null;
            }
            if (r.nextInt(10) == 0) {
                LocalDate returned = asked.plusDays(2 + r.nextInt(3));
                if (!step(c, desk, returned, r, Transition.REJECT_LEGAL_REVIEW, INVESTIGATING, false, "证据不足，请补充调查")
                        || !evidence(returned.plusDays(2))
                        || !step(c, desk, returned.plusDays(3), r, Transition.SUBMIT_FOR_REVIEW, UNDER_REVIEW, true, null)
                        || !step(c, desk, returned.plusDays(4), r, Transition.SUBMIT_FOR_LEGAL_REVIEW, LEGAL_REVIEW, true,
                        null)) {
                    return null;
                }
                asked = returned.plusDays(4);
            }
            LocalDate passed = asked.plusDays(1 + r.nextInt(4));
            if (!step(c, desk, passed, r, Transition.PASS_LEGAL_REVIEW, REVIEWED, false, "同意")) {
                return null;
            }
            c.legalReviewPassedAt = last();
            c.legalReviewer = legal();
            c.legalReviewNote = "事实清楚，证据确凿，程序合法，同意";
            return passed;
        }

        /** The party's statement, its hearing if it asks for one; the day from which the head may decide. */
        private @Nullable LocalDate partysTurn(LocalDate notified) {
            if (c.hearingRights && desk.chair() != 0 && r.nextInt(100) < 35) {
                LocalDate asked = notified.plusDays(1 + r.nextInt(3));
                if (!step(c, desk, asked, r, Transition.REQUEST_HEARING, HEARING_REQUESTED, true, null)) {
                    return null;
                }
                c.hearingRequested = true;
                LocalDate on = periods.earliestHearing(asked).date().plusDays(r.nextInt(4));
                if (!step(c, desk, asked, r, Transition.SCHEDULE_HEARING, HEARING_REQUESTED, true, on.toString())) {
                    return null;
                }
                c.hearingNoticeOn = asked;
                c.hearingOn = on;
                c.hearingChair = desk.chair();
                if (!step(c, desk, on, r, Transition.HOLD_HEARING, HEARD, true, null)) {
                    return null;
                }
                c.hearingHeldAt = last();
                c.hearingRecord = "当事人对违法事实无异议，请求从轻处罚";
                LocalDate asks = on.plusDays(1 + r.nextInt(2));
                LocalDate passes = asks.plusDays(1 + r.nextInt(3));
                if (!step(c, desk, asks, r, Transition.SUBMIT_FOR_LEGAL_REVIEW, LEGAL_REVIEW, true, null)
                        || !step(c, desk, passes, r, Transition.PASS_LEGAL_REVIEW, REVIEWED, false, "同意")) {
                    return null;
                }
                c.legalReviewPassedAt = last();
                c.legalReviewer = legal();
                return passes;
            }
            if (r.nextInt(100) < 60) {
                LocalDate waived = notified.plusDays(1 + r.nextInt(2));
                if (!step(c, desk, waived, r, Transition.RECORD_STATEMENT, NOTIFIED, true, "当事人放弃陈述申辩")) {
                    return null;
                }
                c.rightsWaived = true;
                return waived;
            }
            c.statement = "当事人提出陈述申辩，经复核不予采纳";
            LocalDate lapsed = periods.statement(notified).date();
            if (c.hearingRights) {
                LocalDate hearingLapse = periods.hearingRequest(notified).date();
                lapsed = hearingLapse.isAfter(lapsed) ? hearingLapse : lapsed;
            }
            return step(c, desk, lapsed.minusDays(1), r, Transition.RECORD_STATEMENT, NOTIFIED, true, c.statement)
                    ? lapsed : null;
        }

        private void decide(LocalDate decided) {
            if (!decided.isBefore(today)) {
                return;
            }
            for (int i = 0; i < 3 && decided.isAfter(periods.decision(c.filedOn, c.extensionDays()).date()); i++) {
                extendBefore(periods.decision(c.filedOn, c.extensionDays()).date());
            }
            if (!step(c, desk, decided, r, Transition.DECIDE, DECIDED, false, reason())) {
                return;
            }
            c.decidedOn = decided;
            c.decisionReason = reason();
            c.proposals.add(proposal("DECIDED"));
            if (kind == DecisionKind.FIRST_OFFENCE_WAIVED) {
                c.firstOffenceSearchedOn = decided;
                c.firstOffenceCriteria = "本县范围内该当事人同类违法行为（事项 " + desk.itemCode() + "）";
            }
            replace(c, DeadlineKind.DECISION, c.filedOn, periods.decision(c.filedOn, c.extensionDays()), decided);
            Deadline deliveryDue = periods.delivery(decided);
            c.deadlines.add(deadline(DeadlineKind.DELIVERY, decided, deliveryDue, null));
            LocalDate delivered = decided.plusDays(r.nextInt(5));
            if (!step(c, desk, delivered, r, Transition.DELIVER, EXECUTING, true, null)) {
                return;
            }
            c.deliveredOn = delivered;
            replace(c, DeadlineKind.DELIVERY, decided, deliveryDue, delivered);
            new Execution(c, desk, r, fine, CaseLife.this).carryOut(delivered);
        }

        /**
         * 延长办案期限 approved by the head a few days before the period ends, 30 days, written into the timeline
         * where its moment falls.
         */
        private void extendBefore(LocalDate due) {
            LocalDate day = due.minusDays(1 + r.nextInt(5));
            OffsetDateTime moment = at(day, r);
            int index = 1;
            while (index < c.events.size() && !c.events.get(index).at().isAfter(moment)) {
                index++;
            }
            CaseState state = c.events.get(index - 1).to();
            c.events.add(index, new CaseDraft.Event(moment, "gen-legal", legal(), Transition.EXTEND_DEADLINE, state,
                    state, "案情复杂，需进一步调查取证"));
            c.version++;
            c.extensions.add(new CaseDraft.Extension(30, "案情复杂，需进一步调查取证", legal(), day));
        }

        private String reason() {
            return switch (kind) {
                case PENALTY -> "违法事实清楚，证据确凿，依法应予处罚";
                case NO_PENALTY -> "违法行为轻微并及时改正，没有造成危害后果";
                case FIRST_OFFENCE_WAIVED -> "初次违法且危害后果轻微并及时改正";
                case FACTS_UNPROVEN -> "违法事实不能成立";
                case TRANSFERRED -> "涉嫌犯罪，移送司法机关";
            };
        }

        private CaseDraft.Proposal proposal(String stage) {
            return new CaseDraft.Proposal(stage, kind, fine, false);
        }

        private String handler() {
            return CaseLife.handler(desk);
        }

        private String legal() {
            return desk.legalOffice();
        }

        private OffsetDateTime last() {
            return c.events.get(c.events.size() - 1).at();
        }
    }

    /**
     * One step on {@code day}, by a handler or the legal office: the event, the new state and version; false, and
     * nothing recorded, when the day is today or later.
     */
    boolean step(CaseDraft c, Desk desk, LocalDate day, SplittableRandom r, Transition transition, CaseState to,
                 boolean byHandler, @Nullable String detail) {
        if (!day.isBefore(today)) {
            return false;
        }
        OffsetDateTime previous = c.events.get(c.events.size() - 1).at();
        OffsetDateTime moment = at(day, r);
        if (!moment.isAfter(previous)) {
            moment = previous.plusMinutes(5 + r.nextInt(60));
        }
        String username = byHandler ? handler(desk) : "gen-legal";
        String name = byHandler ? desk.names().get(0) : desk.legalOffice();
        c.events.add(new CaseDraft.Event(moment, username, name, transition, c.state, to, detail));
        c.state = to;
        c.version++;
        return true;
    }

    CaseDeadlines periods() {
        return periods;
    }

    static CaseDraft.Deadline deadline(DeadlineKind kind, LocalDate started, Deadline due, @Nullable LocalDate met) {
        return new CaseDraft.Deadline(kind, started, due.date(), due.provisional(), met);
    }

    static void replace(CaseDraft c, DeadlineKind kind, LocalDate started, Deadline due, @Nullable LocalDate met) {
        c.deadlines.removeIf(d -> d.kind() == kind);
        c.deadlines.add(deadline(kind, started, due, met));
    }

    private static OffsetDateTime at(LocalDate day, SplittableRandom r) {
        return day.atTime(8 + r.nextInt(9), r.nextInt(60)).atOffset(BEIJING);
    }
}
