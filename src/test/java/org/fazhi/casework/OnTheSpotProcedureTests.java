package org.fazhi.casework;

import java.util.Set;

import org.fazhi.casework.procedure.CaseFacts;
import org.fazhi.casework.procedure.CaseProcedure;
import org.fazhi.casework.procedure.CaseState;
import org.fazhi.casework.procedure.Proposal;
import org.fazhi.casework.procedure.Transition;
import org.fazhi.catalog.PenaltyKind;
import org.fazhi.shared.Money;
import org.fazhi.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 简易程序 without a database: a warning or a fine within the party's limit decided on the spot opens a case already
 * delivered; more, or another kind of penalty, is refused for the general procedure; collecting on the spot is
 * held to 第六十八条; a decision on the spot is reported before its case closes.
 */
class OnTheSpotProcedureTests {

    private static final Money PERSON = Money.ofYuan("200");
    private static final Money COLLECTION = Money.ofYuan("100");

    @Test
    void aDecisionWithinItsLimitsOpensACaseAlreadyDelivered() {
        assertThat(CaseProcedure.open(Transition.DECIDE_ON_THE_SPOT, Facts.onTheSpot().build()))
                .isEqualTo(CaseState.EXECUTING);
        assertThat(CaseProcedure.open(Transition.DECIDE_ON_THE_SPOT, Facts.onTheSpot()
                .with(f -> f.proposal = warning()).build())).isEqualTo(CaseState.EXECUTING);
        assertThat(CaseProcedure.open(Transition.DECIDE_ON_THE_SPOT, person(fine("200")).build()))
                .isEqualTo(CaseState.EXECUTING);
    }

    @Test
    void aLargerFineOrAnotherPenaltyIsForTheGeneralProcedure() {
        refusedAsTooHeavy(person(fine("200.01")), "¥200.00");
        refusedAsTooHeavy(Facts.onTheSpot().with(f -> f.proposal = Facts.penalty(3_001)), "¥3,000.00");
        refusedAsTooHeavy(Facts.onTheSpot().with(f -> f.proposal = new Proposal(DecisionKind.PENALTY,
                Set.of(PenaltyKind.WARNING, PenaltyKind.SUSPEND_LICENCE), Money.ZERO, Money.ZERO, "一般", true, null)),
                "¥3,000.00");
        refusedAsTooHeavy(Facts.onTheSpot().with(f -> f.proposal = new Proposal(DecisionKind.PENALTY,
                Set.of(PenaltyKind.FINE, PenaltyKind.CONFISCATE_GAINS), Money.ofYuan("100"), Money.ofYuan("50"),
                "一般", true, null)), "¥3,000.00");
        refusedAsTooHeavy(Facts.onTheSpot().with(f -> f.proposal = Proposal.without(DecisionKind.NO_PENALTY)),
                "¥3,000.00");
    }

    @Test
    void aFineIsCollectedOnTheSpotOnlyUpToTheLimitOrWhereLaterCollectionWouldBeHard() {
        CaseFacts.OnTheSpot collected = new CaseFacts.OnTheSpot(PERSON, true, true, true, true, COLLECTION, false,
                false);
        assertThat(CaseProcedure.open(Transition.DECIDE_ON_THE_SPOT, Facts.onTheSpot().with(f -> {
            f.onTheSpot = collected;
            f.proposal = fine("100");
        }).build())).isEqualTo(CaseState.EXECUTING);
        assertThatThrownBy(() -> CaseProcedure.open(Transition.DECIDE_ON_THE_SPOT, Facts.onTheSpot().with(f -> {
            f.onTheSpot = collected;
            f.proposal = fine("150");
        }).build())).isInstanceOfSatisfying(RuleViolation.class, refusal -> {
            assertThat(refusal.messageKey()).isEqualTo("casework.rule.COLLECTION_ON_THE_SPOT_ALLOWED");
            assertThat(refusal.legalBasis()).isEqualTo("行政处罚法第六十八条、第六十九条");
            assertThat(refusal.arguments()).containsExactly("¥100.00");
        });
        assertThat(CaseProcedure.open(Transition.DECIDE_ON_THE_SPOT, Facts.onTheSpot().with(f -> {
            f.onTheSpot = new CaseFacts.OnTheSpot(PERSON, true, true, true, true, COLLECTION, true, false);
            f.proposal = fine("150");
        }).build())).isEqualTo(CaseState.EXECUTING);
    }

    @Test
    void twoCertifiedOfficersDecideOnTheSpotToo() {
        assertThatThrownBy(() -> CaseProcedure.open(Transition.DECIDE_ON_THE_SPOT, Facts.onTheSpot()
                .with(f -> f.handlers = java.util.List.of(new CaseFacts.Handler(11, "张执法", true, true))).build()))
                .isInstanceOf(RuleViolation.class).hasMessage("casework.rule.TWO_OFFICERS");
        assertThatThrownBy(() -> CaseProcedure.open(Transition.DECIDE_ON_THE_SPOT, Facts.onTheSpot()
                .with(f -> f.itemsCitable = false).build()))
                .isInstanceOf(RuleViolation.class).hasMessage("casework.rule.ITEMS_LISTED");
    }

    @Test
    void aDecisionOnTheSpotIsReportedBeforeItsCaseCloses() {
        Facts paid = Facts.in(CaseState.EXECUTING).with(f -> {
            f.execution = CaseFacts.Execution.none();
            f.onTheSpot = Facts.spot();
        });
        assertThatThrownBy(() -> CaseProcedure.check(Transition.CLOSE, paid.build()))
                .isInstanceOf(RuleViolation.class).hasMessage("casework.rule.REPORTED_WHEN_ON_THE_SPOT");
        assertThat(CaseProcedure.check(Transition.REPORT_ON_THE_SPOT, paid.build())).isEqualTo(CaseState.EXECUTING);
        paid.onTheSpot = new CaseFacts.OnTheSpot(PERSON, true, true, true, false, COLLECTION, false, true);
        assertThat(CaseProcedure.check(Transition.CLOSE, paid.build())).isEqualTo(CaseState.CLOSED);
        assertThat(CaseProcedure.from(CaseState.CLUE)).doesNotContain(Transition.DECIDE_ON_THE_SPOT);
        assertThatThrownBy(() -> CaseProcedure.open(Transition.FILE, paid.build()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void refusedAsTooHeavy(Facts facts, String limit) {
        assertThatThrownBy(() -> CaseProcedure.open(Transition.DECIDE_ON_THE_SPOT, facts.build()))
                .isInstanceOfSatisfying(RuleViolation.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("casework.rule.WITHIN_ON_THE_SPOT_LIMIT");
                    assertThat(refusal.legalBasis()).isEqualTo("行政处罚法第五十一条");
                    assertThat(refusal.arguments()).containsExactly(limit);
                });
    }

    private static Facts person(Proposal proposal) {
        return Facts.onTheSpot().with(f -> {
            f.onTheSpot = new CaseFacts.OnTheSpot(PERSON, true, true, true, false, COLLECTION, false, false);
            f.proposal = proposal;
        });
    }

    private static Proposal fine(String yuan) {
        return new Proposal(DecisionKind.PENALTY, Set.of(PenaltyKind.FINE), Money.ofYuan(yuan), Money.ZERO, "一般",
                true, null);
    }

    private static Proposal warning() {
        return new Proposal(DecisionKind.PENALTY, Set.of(PenaltyKind.WARNING), Money.ZERO, Money.ZERO, "轻微", true,
                null);
    }
}
