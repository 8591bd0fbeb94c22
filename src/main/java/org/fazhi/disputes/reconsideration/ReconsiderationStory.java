package org.fazhi.disputes.reconsideration;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Random;

import org.fazhi.disputes.ReconsiderationOutcome;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * Takes a generated application through the steps a county's body would have taken by {@code today}, through the
 * aggregate itself, so a generated case obeys the same rules and limits as a live one: a few refused or corrected
 * (some corrections never come), most accepted, copied, answered, heard and concluded, some late, the recent ones
 * still open at the step their age allows. A step the rules refuse (a holiday in the way of a hearing notice) ends
 * the story where it is.
 */
final class ReconsiderationStory {

    static final String STAFF = "复议机构（生成）";

    private final ReconsiderationDeadlines limits;
    private final LocalDate today;
    private final Random random;

    ReconsiderationStory(ReconsiderationDeadlines limits, LocalDate today, Random random) {
        this.limits = limits;
        this.today = today;
        this.random = random;
    }

    ReconsiderationCase tell(ReconsiderationCase.Application application, String number) {
        ReconsiderationCase c = ReconsiderationCase.received(application, number, STAFF, limits);
        try {
            examine(c, application.receivedOn());
        } catch (RuleViolation refused) {
            // The case stays at the step it reached, as a real one would while the body sorts it out.
        }
        return c;
    }

    private void examine(ReconsiderationCase c, LocalDate start) {
        LocalDate on = start.plusDays(1 + random.nextInt(3));
        if (!past(on)) {
            return;
        }
        int roll = random.nextInt(100);
        if (roll < 7) {
            c.refuse(on, pick(REFUSALS));
            return;
        }
        if (roll < 15 && c.progress().correctionItems() == null) {
            correct(c, on);
            return;
        }
        c.accept(on, random.nextInt(100) < 25 ? Procedure.SIMPLIFIED : Procedure.GENERAL, limits);
        hearAndConclude(c, on);
    }

    private void correct(ReconsiderationCase c, LocalDate on) {
        c.requestCorrection(on, pick(CORRECTIONS), limits);
        LocalDate due = c.open(DeadlineKind.CORRECTION).orElseThrow().dueOn();
        if (random.nextInt(100) < 75) {
            LocalDate corrected = on.plusDays(2 + random.nextInt((int) ChronoUnit.DAYS.between(on, due) - 1));
            if (past(corrected)) {
                c.corrected(corrected, limits);
                examine(c, corrected);
            }
        } else if (past(due.plusDays(1))) {
            c.abandon(due.plusDays(1));
        }
    }

    private void hearAndConclude(ReconsiderationCase c, LocalDate accepted) {
        LocalDate copied = accepted.plusDays(random.nextInt(100) < 6 ? 12 : 1 + random.nextInt(5));
        if (!past(copied)) {
            return;
        }
        c.sendCopy(copied, limits);
        LocalDate answered = copied.plusDays(random.nextInt(100) < 8 ? 16 + random.nextInt(6) : 3 + random.nextInt(9));
        if (!past(answered)) {
            return;
        }
        c.recordAnswer(answered, pick(ANSWERS));
        hear(c, answered.plusDays(3 + random.nextInt(8)));
        if (c.progress().procedure() == Procedure.GENERAL && random.nextInt(100) < 12) {
            LocalDate extended = accepted.plusDays(45 + random.nextInt(10));
            if (past(extended)) {
                c.extend(extended, "复议机构负责人", limits);
            }
        }
        conclude(c, accepted);
    }

    private void hear(ReconsiderationCase c, LocalDate on) {
        if (!past(on)) {
            return;
        }
        int roll = random.nextInt(100);
        if (roll < 15) {
            c.hear(HearingMode.HEARING, on, on.minusDays(14), limits);
        } else {
            c.hear(roll < 28 ? HearingMode.SITE_INVESTIGATION : HearingMode.WRITTEN, on, null, limits);
        }
    }

    private void conclude(ReconsiderationCase c, LocalDate accepted) {
        LocalDate due = c.open(DeadlineKind.DECISION).orElseThrow().dueOn();
        long span = Math.max(1, ChronoUnit.DAYS.between(accepted, due) - 10);
        LocalDate on = latest(random.nextInt(100) < 6 ? due.plusDays(1 + random.nextInt(10))
                : accepted.plusDays(10 + random.nextLong(span)), c.progress().answeredOn(), c.progress().hearingOn());
        if (!past(on)) {
            return;
        }
        int roll = random.nextInt(100);
        if (roll < 9) {
            c.mediate(on, "经调解，被申请人对原处理决定予以调整，申请人表示接受");
        } else if (roll < 19) {
            c.settle(on, "申请人与被申请人达成和解，申请人撤回行政复议申请");
        } else {
            ReconsiderationOutcome kind = decision(random.nextInt(100));
            c.decide(kind, on, REASONS[kind.ordinal()]);
        }
    }

    /** Of decisions in the strict sense: about six in ten upheld or dismissed, the rest correcting the act. */
    private static ReconsiderationOutcome decision(int roll) {
        if (roll < 48) {
            return ReconsiderationOutcome.UPHELD;
        }
        if (roll < 64) {
            return ReconsiderationOutcome.DISMISSED;
        }
        if (roll < 78) {
            return ReconsiderationOutcome.REVOKED;
        }
        if (roll < 86) {
            return ReconsiderationOutcome.DECLARED_UNLAWFUL;
        }
        if (roll < 94) {
            return ReconsiderationOutcome.CHANGED;
        }
        return roll < 98 ? ReconsiderationOutcome.ORDERED_TO_PERFORM : ReconsiderationOutcome.DECLARED_VOID;
    }

    /** The day, or a few days after the answer or the hearing when either came later. */
    private LocalDate latest(LocalDate day, @Nullable LocalDate answered, @Nullable LocalDate heard) {
        LocalDate latest = day;
        for (LocalDate step : new LocalDate[] {answered, heard}) {
            if (step != null && !latest.isAfter(step)) {
                latest = step.plusDays(3 + random.nextInt(5));
            }
        }
        return latest;
    }

    private boolean past(LocalDate day) {
        return day.isBefore(today);
    }

    private String pick(String[] texts) {
        return texts[random.nextInt(texts.length)];
    }

    private static final String[] REFUSALS = {"申请人与被申请行政行为没有利害关系", "不属于行政复议范围",
        "超过法定申请期限且无正当理由", "已就同一行政行为提起行政诉讼，人民法院已经依法受理"};
    private static final String[] CORRECTIONS = {"补充提交被申请行政行为的决定书复印件", "明确具体的行政复议请求",
        "补充提交申请人身份证明材料", "补充提交授权委托书"};
    private static final String[] ANSWERS = {"书面答复及作出行政行为的证据、依据", "答复书、证据目录及执法案卷",
        "答复书及法律依据"};
    /** The reasons of each outcome, by its ordinal. */
    private static final String[] REASONS = {"被申请人作出的行政行为处理明显不当，依法予以变更",
        "被申请人认定事实不清，主要证据不足", "被申请人违反法定程序，但撤销会给国家利益造成重大损害",
        "被申请人不履行法定职责", "被申请人实施行政行为不具有行政主体资格",
        "被申请人认定事实清楚，证据确凿，适用依据正确，程序合法，内容适当", "申请人的行政复议请求缺乏事实和法律依据",
        "申请人撤回行政复议申请", "经调解达成协议"};
}
