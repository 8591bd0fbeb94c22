package org.fazhi.casework.generation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

import org.fazhi.casework.DecisionKind;
import org.fazhi.casework.compulsion.LiftingReason;
import org.fazhi.casework.compulsion.MeasureAct;
import org.fazhi.casework.compulsion.MeasureKind;
import org.fazhi.casework.compulsion.MeasurePeriods;
import org.fazhi.casework.compulsion.MeasureState;
import org.fazhi.shared.WorkdayCalendar.Deadline;
import org.jspecify.annotations.Nullable;

/**
 * The measures on property of a generated general-procedure case, taken by its two handlers during the
 * investigation, a few days after 立案. Shares, as a county's market-regulation and similar agencies report them:
 * 扣押 in 6% of the filed cases and 查封 in 3% (goods, places and equipment of serious cases only; most cases are about
 * licences, labels and records, where nothing is held), 先行登记保存 of evidence in 5%. One 查封/扣押 in ten is taken
 * urgently on the spot and approved within hours (one in twenty of those refused and lifted at once); 15% are
 * extended once by 30 days (testing and appraisal take longer than the 30 days of 第二十五条); 3% are held past their
 * limit (lifted late, a supervision finding rather than the rule). The others end within the limit: with the decision
 * when it comes first (a penalty confiscates four in ten of them, 没收), lifted otherwise (no violation, when the facts
 * were not proven), and every item is then returned. Nothing happens on or after today.
 */
final class MeasureLife {

    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    private static final String[][] GOODS = {{"涉嫌过期食品", "箱"}, {"涉嫌假冒注册商标商品", "件"},
            {"无合法来源证明的药品", "盒"}, {"不合格电动自行车", "辆"}};
    private static final String[][] PLACES = {{"生产加工车间", "处"}, {"生产设备", "台"}, {"仓储库房", "间"}};
    private static final String[][] EVIDENCE = {{"销售台账", "本"}, {"进货票据", "张"}, {"涉案样品", "份"}};

    private final MeasurePeriods periods;
    private final LocalDate today;

    MeasureLife(MeasurePeriods periods, LocalDate today) {
        this.periods = periods;
        this.today = today;
    }

    /** Perhaps a measure on the filed case {@code c}, as the shares above say. */
    void live(CaseDraft c, CaseLife.Desk desk, SplittableRandom r) {
        int roll = r.nextInt(100);
        if (c.filedOn == null || c.handlerIds.size() < 2 || roll >= 14) {
            return;
        }
        MeasureKind kind = roll < 6 ? MeasureKind.SEIZURE : roll < 9 ? MeasureKind.SEALING_UP
                : MeasureKind.PRESERVATION;
        LocalDate taken = c.filedOn.plusDays(r.nextInt(4));
        if (!taken.isBefore(today)) {
            return;
        }
        boolean urgent = kind.isCompulsory() && r.nextInt(10) == 0;
        MeasureDraft m = kind.isCompulsory()
                ? new MeasureDraft(kind, urgent, c.handlerIds, "涉案财物可能被转移、隐匿或者损毁，需依法" + (kind
                == MeasureKind.SEIZURE ? "扣押" : "查封"), "《中华人民共和国行政强制法》第九条、第二十二条", "本机关涉案财物保管室")
                : new MeasureDraft(kind, false, c.handlerIds, "证据可能灭失或者以后难以取得", "《中华人民共和国行政处罚法》第五十六条",
                "当事人经营场所（就地保存）");
        items(m, r);
        new Acts(c, m, desk, r).take(taken);
        c.measures.add(m);
    }

    private static void items(MeasureDraft m, SplittableRandom r) {
        String[][] from = m.kind == MeasureKind.SEIZURE ? GOODS : m.kind == MeasureKind.SEALING_UP ? PLACES : EVIDENCE;
        int first = r.nextInt(from.length);
        for (int line = 1, count = 1 + r.nextInt(3); line <= count; line++) {
            String[] item = from[(first + line - 1) % from.length];
            m.items.add(new MeasureDraft.Item(line, item[0], BigDecimal.valueOf(1 + r.nextInt(m.kind
                    == MeasureKind.SEALING_UP ? 3 : 50)), item[1], null));
        }
    }

    /** The acts on one measure, in order; each returns false once its day has not come. */
    private final class Acts {

        private final CaseDraft c;
        private final MeasureDraft m;
        private final CaseLife.Desk desk;
        private final SplittableRandom r;

        Acts(CaseDraft c, MeasureDraft m, CaseLife.Desk desk, SplittableRandom r) {
            this.c = c;
            this.m = m;
            this.desk = desk;
            this.r = r;
        }

        void take(LocalDate taken) {
            if (!approved(taken)) {
                return;
            }
            Deadline limit = periods.limit(m.kind, taken, 0);
            m.startedOn = taken;
            m.dueOn = limit.date();
            m.provisional = limit.provisional();
            if (m.state == MeasureState.LIFTED) {
                returned(m.liftedOn);
                return;
            }
            int roll = r.nextInt(100);
            LocalDate end;
            if (roll < 3) {
                end = m.dueOn.plusDays(1 + r.nextInt(10));
            } else if (roll < 18 && m.kind.isCompulsory() && extended(taken)) {
                end = within(m.dueOn.minusDays(periods.maxExtensionDays() - 1), m.dueOn);
            } else {
                end = within(taken.plusDays(m.kind.isCompulsory() ? 2 : 1), m.dueOn);
            }
            LocalDate decided = c.decidedOn;
            if (decided != null && !decided.isAfter(end) && !decided.isBefore(taken)) {
                byDecision(decided);
            } else if (act(end, MeasureAct.LIFT, MeasureState.LIFTED, true, null)) {
                m.liftedOn = end;
                m.liftingReason = end.isAfter(m.dueOn) && m.kind.isCompulsory() ? LiftingReason.PERIOD_ENDED
                        : c.decided() == DecisionKind.FACTS_UNPROVEN ? LiftingReason.NO_VIOLATION
                        : LiftingReason.NO_LONGER_NEEDED;
                returned(end);
            }
        }

        /** 第十八条 before, or 第十九条 on the spot and within hours after; false while awaiting approval. */
        private boolean approved(LocalDate taken) {
            OffsetDateTime moment = at(taken);
            if (m.urgent) {
                if (!act(taken, MeasureAct.TAKE_URGENTLY, MeasureState.URGENT, false, null)) {
                    return false;
                }
                m.takenAt = last();
                moment = m.takenAt.plusHours(1 + r.nextInt(20));
            } else if (!act(taken, MeasureAct.PROPOSE, MeasureState.PROPOSED, false, null)) {
                return false;
            }
            LocalDate day = moment.toLocalDate();
            if (!day.isBefore(today)) {
                return false;
            }
            moment = moment.isAfter(last()) ? moment : last().plusMinutes(10 + r.nextInt(50));
            boolean refused = m.urgent && r.nextInt(20) == 0;
            event(moment, refused ? MeasureAct.REFUSE : MeasureAct.APPROVE, refused ? MeasureState.LIFTED
                    : MeasureState.IN_FORCE, true, refused ? "不符合实施条件，不予批准" : "同意");
            m.approvedBy = "gen-legal";
            m.approvedAt = moment;
            m.takenAt = m.takenAt != null ? m.takenAt : moment;
            if (refused) {
                m.liftedOn = day;
                m.liftingReason = LiftingReason.NOT_APPROVED;
            }
            return true;
        }

        /**
         * 第二十五条: once, 30 days, a few days before the limit; false when that day has not come, or when the case
         * was decided by then (the decision ends the measure instead).
         */
        private boolean extended(LocalDate taken) {
            LocalDate day = m.dueOn.minusDays(1 + r.nextInt(5));
            boolean decided = c.decidedOn != null && !c.decidedOn.isAfter(day);
            if (decided || !day.isAfter(taken) || !act(day, MeasureAct.EXTEND, MeasureState.IN_FORCE, true, "需检测鉴定，延长三十日")) {
                return false;
            }
            Deadline limit = periods.limit(m.kind, taken, periods.maxExtensionDays());
            m.extensionDays = periods.maxExtensionDays();
            m.extensionReason = "涉案物品需检测鉴定，三十日内不能查清";
            m.extendedOn = day;
            m.dueOn = limit.date();
            m.provisional = limit.provisional();
            return true;
        }

        /** The decision ends the measure: confiscated (没收) for some penalties, lifted otherwise. */
        private void byDecision(LocalDate decided) {
            if (m.kind.isCompulsory() && c.decided() == DecisionKind.PENALTY && r.nextInt(10) < 4) {
                if (act(decided, MeasureAct.CONFISCATE, MeasureState.CLOSED, true, "依处罚决定没收")) {
                    m.confiscatedOn = decided;
                    m.closedOn = decided;
                }
                return;
            }
            if (act(decided, MeasureAct.LIFT, MeasureState.LIFTED, true, null)) {
                m.liftedOn = decided;
                m.liftingReason = LiftingReason.DECIDED;
                returned(decided);
            }
        }

        /** Every item back with the party within days, one by one, then closed. */
        private void returned(LocalDate lifted) {
            LocalDate day = lifted;
            for (int i = 0; i < m.items.size(); i++) {
                day = day.plusDays(r.nextInt(3));
                MeasureDraft.Item item = m.items.get(i);
                if (!act(day, MeasureAct.RETURN_ITEM, MeasureState.LIFTED, false, "第" + item.line() + "项退还当事人")) {
                    return;
                }
                m.items.set(i, new MeasureDraft.Item(item.line(), item.name(), item.quantity(), item.unit(), day));
            }
            if (act(day.plusDays(r.nextInt(2)), MeasureAct.CLOSE, MeasureState.CLOSED, false, null)) {
                m.closedOn = last().toLocalDate();
            }
        }

        private LocalDate within(LocalDate first, LocalDate last) {
            long span = ChronoUnit.DAYS.between(first, last);
            return span <= 0 ? last : first.plusDays(r.nextLong(span + 1));
        }

        /** One act on {@code day}, after the one before; false, and nothing recorded, on or after today. */
        private boolean act(LocalDate day, MeasureAct act, MeasureState to, boolean byHead, @Nullable String detail) {
            if (!day.isBefore(today)) {
                return false;
            }
            OffsetDateTime moment = at(day);
            if (!m.events.isEmpty() && !moment.isAfter(last())) {
                moment = last().plusMinutes(5 + r.nextInt(60));
            }
            event(moment, act, to, byHead, detail);
            return true;
        }

        private void event(OffsetDateTime moment, MeasureAct act, MeasureState to, boolean byHead,
                           @Nullable String detail) {
            m.events.add(new MeasureDraft.Event(moment, byHead ? "gen-legal" : CaseLife.handler(desk),
                    byHead ? desk.legalOffice() : desk.names().get(0), act, to, detail));
            m.state = to;
        }

        private OffsetDateTime last() {
            return m.events.get(m.events.size() - 1).at();
        }

        private OffsetDateTime at(LocalDate day) {
            return day.atTime(8 + r.nextInt(9), r.nextInt(60)).atOffset(BEIJING);
        }
    }
}
