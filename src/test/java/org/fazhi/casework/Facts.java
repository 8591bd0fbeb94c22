package org.fazhi.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.fazhi.casework.procedure.CaseFacts;
import org.fazhi.casework.procedure.CaseFacts.Actor;
import org.fazhi.casework.procedure.CaseFacts.Execution;
import org.fazhi.casework.procedure.CaseFacts.FirstOffence;
import org.fazhi.casework.procedure.CaseFacts.Handler;
import org.fazhi.casework.procedure.CaseFacts.Hearing;
import org.fazhi.casework.procedure.CaseFacts.Notice;
import org.fazhi.casework.procedure.CaseFacts.Review;
import org.fazhi.casework.procedure.CaseState;
import org.fazhi.casework.procedure.Proposal;
import org.fazhi.catalog.PenaltyKind;
import org.fazhi.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * The facts of a case on 10 March 2026 in which every rule of the procedure holds, to be changed one thing at a
 * time: two certified handlers (officers 11 and 12), a head who did not investigate (officer 50), a penalty of
 * ¥2,000 within its benchmark notified ten days ago, the party's periods over, a fine of ¥100 overdue.
 */
final class Facts {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final Instant NOW = TODAY.atTime(10, 0).toInstant(ZoneOffset.ofHours(8));

    CaseState state = CaseState.CLUE;
    LocalDate today = TODAY;
    Actor actor = new Actor("head", 50L);
    List<Handler> handlers = List.of(new Handler(11, "张执法", true, true), new Handler(12, "李执法", true, true));
    Set<Long> recused = Set.of();
    Set<String> investigators = Set.of("officer");
    boolean itemsCitable = true;
    int evidence = 2;
    LocalDate discoveredOn = TODAY.minusDays(30);
    @Nullable LocalDate violationOn = TODAY.minusDays(40);
    int timeBarYears = 2;
    Review review = new Review(false, false, false, false, null, null);
    @Nullable Proposal proposal = penalty(2_000);
    @Nullable Proposal notified = penalty(2_000);
    boolean hearingRights = false;
    Notice notice = new Notice(TODAY.minusDays(10), TODAY.minusDays(3), TODAY.minusDays(3), false);
    Hearing hearing = Hearing.none();
    FirstOffence firstOffence = FirstOffence.notAsked();
    Execution execution = new Execution(Money.ofYuan("100"), TODAY.minusDays(30), TODAY.minusDays(5),
            TODAY.minusDays(1), TODAY.plusDays(60));
    CaseFacts.@Nullable OnTheSpot onTheSpot = null;

    static Facts in(CaseState state) {
        Facts facts = new Facts();
        facts.state = state;
        return facts;
    }

    Facts with(Consumer<Facts> change) {
        change.accept(this);
        return this;
    }

    static Proposal penalty(long fineYuan) {
        return new Proposal(org.fazhi.casework.DecisionKind.PENALTY, Set.of(PenaltyKind.WARNING),
                Money.ofFen(fineYuan * 100), Money.ZERO, "一般", true, null);
    }

    /**
     * A decision on the spot within every limit: an organisation's (¥3,000), certificates shown, facts certain, the
     * party heard, the fine paid at the bank (on-the-spot collection up to ¥100), not yet reported.
     */
    static CaseFacts.OnTheSpot spot() {
        return new CaseFacts.OnTheSpot(Money.ofYuan("3000"), true, true, true, false, Money.ofYuan("100"), false,
                false);
    }

    /** The facts of a decision on the spot of a ¥2,000 fine and a warning, within every rule. */
    static Facts onTheSpot() {
        return in(CaseState.CLUE).with(f -> f.onTheSpot = spot());
    }

    /** A hearing asked for, notified on 24 February for today, chaired by officer 60. */
    static Hearing hearingToday() {
        return new Hearing(true, TODAY.minusDays(14), TODAY, TODAY.minusDays(3), 60L, null);
    }

    CaseFacts build() {
        return new CaseFacts(state, today, actor, handlers, recused, investigators, itemsCitable, evidence,
                discoveredOn, violationOn, timeBarYears, review, proposal, notified, hearingRights, notice, hearing,
                firstOffence, execution, onTheSpot);
    }
}
