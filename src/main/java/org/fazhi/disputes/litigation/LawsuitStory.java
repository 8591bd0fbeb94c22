package org.fazhi.disputes.litigation;

import java.time.LocalDate;
import java.util.Random;

import org.fazhi.disputes.LawsuitOutcome;
import org.jspecify.annotations.Nullable;

/**
 * Takes a generated lawsuit through what the defendant agency and the court would have done by {@code today},
 * through the aggregate's own steps, so a generated lawsuit keeps the same rules as a recorded one: the defence
 * mostly within its 15 days (a few late, a few never), one or two hearings with who appeared for the agency (the
 * head or a deputy in about four in five), then the outcome within the instance's usual time. About one in seven
 * first-instance lawsuits is lost; an appeal mostly confirms the first instance. Nothing happens on or after today.
 */
final class LawsuitStory {

    static final String REGISTERED_BY = "generator";

    /** First-instance outcomes by weight (per thousand): about 14% lost under the default definition. */
    private static final LawsuitOutcome[] OUTCOMES = {LawsuitOutcome.CLAIMS_DISMISSED, LawsuitOutcome.SUIT_REJECTED,
        LawsuitOutcome.WITHDRAWN, LawsuitOutcome.WITHDRAWN_AFTER_CHANGE, LawsuitOutcome.MEDIATED,
        LawsuitOutcome.REVOKED, LawsuitOutcome.DECLARED_UNLAWFUL, LawsuitOutcome.ORDERED_TO_PERFORM,
        LawsuitOutcome.CHANGED, LawsuitOutcome.DECLARED_VOID, LawsuitOutcome.PAYMENT};
    private static final int[] WEIGHTS = {480, 160, 100, 60, 60, 60, 40, 20, 10, 5, 5};
    private static final String[] HEADS = {"局长", "主任", "大队长"};
    private static final String[] DEPUTIES = {"副局长", "副主任", "副大队长"};
    private static final String[] STAFF = {"法制股股长", "法规科科长", "执法大队中队长"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};

    private final DefenceDeadline defence;
    private final LocalDate today;
    private final Random random;

    LawsuitStory(DefenceDeadline defence, LocalDate today, Random random) {
        this.defence = defence;
        this.today = today;
        this.random = random;
    }

    /** A first-instance lawsuit as far as its age allows. */
    Lawsuit firstInstance(Lawsuit.Filing filing) {
        Lawsuit s = Lawsuit.served(filing, defence.after(filing.servedOn()), REGISTERED_BY);
        LawsuitOutcome outcome = OUTCOMES[weighted(random.nextInt(1000))];
        boolean heard = outcome != LawsuitOutcome.SUIT_REJECTED && outcome != LawsuitOutcome.WITHDRAWN
                || random.nextInt(4) == 0;
        follow(s, outcome, heard, 45 + random.nextInt(120));
        return s;
    }

    /**
     * The appeal (or the application for retrial) of a concluded lawsuit: the same outcome for the agency in most
     * cases, reversed in one in five of the agency's losses and one in ten of its wins, a few withdrawn; a second
     * instance is heard in court in about half the cases, a retrial application rarely.
     */
    Lawsuit appeal(Lawsuit.Filing filing, LawsuitOutcome before, boolean lostBefore) {
        Lawsuit s = Lawsuit.served(filing, defence.after(filing.servedOn()), REGISTERED_BY);
        boolean retrial = filing.instance() == Instance.RETRIAL;
        int roll = random.nextInt(100);
        LawsuitOutcome outcome = retrial ? (roll < 90 ? LawsuitOutcome.SUIT_REJECTED : before)
                : roll < 5 ? LawsuitOutcome.WITHDRAWN
                : lostBefore ? (roll < 25 ? LawsuitOutcome.CLAIMS_DISMISSED : before)
                : roll < 15 ? LawsuitOutcome.REVOKED : before;
        follow(s, outcome, random.nextInt(100) < (retrial ? 10 : 50), 50 + random.nextInt(70));
        return s;
    }

    private void follow(Lawsuit s, LawsuitOutcome outcome, boolean heard, int decidedAfter) {
        LocalDate served = s.filing().servedOn();
        int roll = random.nextInt(100);
        if (roll < 96) {
            LocalDate submitted = roll < 90 ? served.plusDays(3 + random.nextInt(11))
                    : s.defenceDueOn().plusDays(1 + random.nextInt(10));
            if (past(submitted)) {
                s.submitDefence(submitted);
            }
        }
        LocalDate last = served;
        if (heard) {
            int hearings = random.nextInt(100) < 20 ? 2 : 1;
            LocalDate on = served.plusDays(25 + random.nextInt(30));
            for (int h = 0; h < hearings && past(on) && on.isBefore(served.plusDays(decidedAfter)); h++) {
                s.recordHearing(hearing(on));
                last = on;
                on = on.plusDays(14 + random.nextInt(30));
            }
        }
        LocalDate decided = served.plusDays(decidedAfter);
        if (decided.isBefore(last)) {
            decided = last.plusDays(7);
        }
        if (past(decided)) {
            s.conclude(new Lawsuit.Conclusion(outcome, decided, null));
        }
    }

    private Lawsuit.Hearing hearing(LocalDate on) {
        int roll = random.nextInt(100);
        Appearance who = roll < 35 ? Appearance.HEAD : roll < 80 ? Appearance.DEPUTY : roll < 97 ? Appearance.STAFF
                : Appearance.NONE;
        @Nullable String post = switch (who) {
            case HEAD -> pick(HEADS);
            case DEPUTY -> pick(DEPUTIES);
            case STAFF -> pick(STAFF);
            case NONE -> null;
        };
        return new Lawsuit.Hearing(on, who, post == null ? null : pick(SURNAMES) + "某某（" + post + "）");
    }

    private static int weighted(int roll) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += WEIGHTS[i];
            if (roll < sum) {
                return i;
            }
        }
        return 0;
    }

    private boolean past(LocalDate day) {
        return day.isBefore(today);
    }

    private String pick(String[] texts) {
        return texts[random.nextInt(texts.length)];
    }
}
