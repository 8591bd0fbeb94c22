package org.fazhi.casework;

import java.util.List;
import java.util.Set;

import org.fazhi.casework.procedure.CaseFacts;
import org.fazhi.casework.procedure.CaseFacts.Execution;
import org.fazhi.casework.procedure.CaseFacts.FirstOffence;
import org.fazhi.casework.procedure.CaseFacts.Handler;
import org.fazhi.casework.procedure.CaseFacts.Hearing;
import org.fazhi.casework.procedure.CaseFacts.Notice;
import org.fazhi.casework.procedure.CaseFacts.Review;
import org.fazhi.casework.procedure.CaseProcedure;
import org.fazhi.casework.procedure.ProcedureRule;
import org.fazhi.casework.procedure.CaseState;
import org.fazhi.casework.procedure.Proposal;
import org.fazhi.casework.procedure.Transition;
import org.fazhi.shared.Money;
import org.fazhi.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.casework.Facts.TODAY;

/** The general procedure without a database: every step where the table says, every rule's refusal with its article. */
class CaseProcedureTests {

    @ParameterizedTest
    @EnumSource(value = Transition.class, names = {"REGISTER_CLUE", "DECIDE_ON_THE_SPOT"},
            mode = EnumSource.Mode.EXCLUDE)
    void everyStepIsTakenFromEachOfItsStagesWhenItsRulesHold(Transition transition) {
        CaseProcedure.Step step = CaseProcedure.step(transition);
        assertThat(step.from()).isNotEmpty();
        for (CaseState from : step.from()) {
            CaseFacts facts = passing(transition, Facts.in(from)).build();
            assertThat(CaseProcedure.check(transition, facts)).as("%s from %s", transition, from)
                    .isEqualTo(step.to() == null ? from : step.to());
            assertThat(CaseProcedure.missing(transition, facts)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Transition.class)
    void nothingHappensToADeclinedOrArchivedCase(Transition transition) {
        for (CaseState end : List.of(CaseState.NOT_FILED, CaseState.ARCHIVED)) {
            assertThatThrownBy(() -> CaseProcedure.check(transition, passing(transition, Facts.in(end)).build()))
                    .isInstanceOfSatisfying(RuleViolation.class, refusal -> {
                        assertThat(refusal.messageKey()).isEqualTo("casework.procedure.not-now");
                        assertThat(refusal.arguments()).containsExactly(transition, end);
                    });
        }
    }

    @ParameterizedTest
    @EnumSource(ProcedureRule.class)
    void eachRuleRefusesItsStepAndCitesItsArticle(ProcedureRule rule) {
        Refusal refusal = breaking(rule);
        assertThat(CaseProcedure.step(refusal.transition()).rules()).contains(rule);
        assertThatThrownBy(() -> judge(refusal.transition(), refusal.facts().build()))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.messageKey()).isEqualTo("casework.rule." + rule.name());
                    assertThat(violation.legalBasis()).isEqualTo(rule.legalBasis()).matches("行政(处罚|强制)法第.+条");
                });
        assertThat(CaseProcedure.missing(refusal.transition(), refusal.facts().build())).contains(rule);
    }

    @Test
    void theRefusalNamesTheOfficerWithoutAValidCertificate() {
        Facts facts = Facts.in(CaseState.CLUE).with(f -> f.handlers = List.of(new Handler(11, "张执法", true, true),
                new Handler(12, "李执法", false, true)));
        assertThatThrownBy(() -> CaseProcedure.check(Transition.FILE, facts.build()))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refusal -> assertThat(refusal.arguments()).containsExactly("李执法"));
    }

    @Test
    void afterAHearingTheLegalReviewMustComeAfterIt() {
        Facts reviewedBefore = Facts.in(CaseState.REVIEWED).with(f -> {
            f.hearing = new Hearing(true, TODAY.minusDays(20), TODAY.minusDays(2), TODAY.minusDays(9), 60L,
                    Facts.NOW.minusSeconds(3600));
            f.review = new Review(false, false, false, false, Facts.NOW.minusSeconds(7200), null);
        });
        assertThatThrownBy(() -> CaseProcedure.check(Transition.DECIDE, reviewedBefore.build()))
                .isInstanceOf(RuleViolation.class).hasMessage("casework.rule.LEGAL_REVIEW_PASSED");

        reviewedBefore.review = new Review(false, false, false, false, Facts.NOW, null);
        assertThat(CaseProcedure.check(Transition.DECIDE, reviewedBefore.build())).isEqualTo(CaseState.DECIDED);
    }

    @Test
    void aWaiverEndsTheStatementAndHearingPeriodsEarly() {
        Facts facts = Facts.in(CaseState.NOTIFIED).with(f -> {
            f.hearingRights = true;
            f.notice = new Notice(TODAY.minusDays(1), TODAY.plusDays(4), TODAY.plusDays(4), true);
        });
        assertThat(CaseProcedure.check(Transition.DECIDE, facts.build())).isEqualTo(CaseState.DECIDED);
    }

    @Test
    void onlyAPenaltyIsTimeBarredAndFiveYearsApplyWhereLifeOrHealthWasHarmed() {
        Facts old = Facts.in(CaseState.NOTIFIED).with(f -> f.violationOn = f.discoveredOn.minusYears(3));
        assertThatThrownBy(() -> CaseProcedure.check(Transition.DECIDE, old.build()))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refusal -> assertThat(refusal.arguments()).containsExactly(old.violationOn.toString(), 2));
        old.proposal = Proposal.without(DecisionKind.FACTS_UNPROVEN);
        assertThat(CaseProcedure.check(Transition.DECIDE, old.build())).isEqualTo(CaseState.DECIDED);

        Facts health = Facts.in(CaseState.CLUE).with(f -> {
            f.violationOn = f.discoveredOn.minusYears(3);
            f.timeBarYears = 5;
        });
        assertThat(CaseProcedure.check(Transition.FILE, health.build())).isEqualTo(CaseState.INVESTIGATING);
    }

    @Test
    void aFirstOffenceIsWaivedOnlyWhenListedAndNothingEarlierWasFound() {
        Facts first = Facts.in(CaseState.NOTIFIED).with(f -> {
            f.proposal = Proposal.without(DecisionKind.FIRST_OFFENCE_WAIVED);
            f.firstOffence = new FirstOffence(true, true, List.of());
        });
        assertThat(CaseProcedure.check(Transition.DECIDE, first.build())).isEqualTo(CaseState.DECIDED);

        first.firstOffence = new FirstOffence(true, true, List.of("AJ202500000012", "AJ202600000003"));
        assertThatThrownBy(() -> CaseProcedure.check(Transition.DECIDE, first.build()))
                .isInstanceOfSatisfying(RuleViolation.class, refusal -> assertThat(refusal.arguments())
                        .containsExactly("AJ202500000012、AJ202600000003"));
    }

    @Test
    void theStepsOfAStageAreListedInTheProceduresOrder() {
        assertThat(CaseProcedure.from(CaseState.CLUE)).containsExactly(Transition.FILE, Transition.DECLINE,
                Transition.ASSIGN_HANDLERS, Transition.DECLARE_RECUSAL, Transition.DECIDE_RECUSAL);
        assertThat(CaseProcedure.from(CaseState.ARCHIVED)).isEmpty();
        assertThat(CaseProcedure.step(Transition.DECIDE).by()).isEqualTo(CaseProcedure.By.HEAD);
        assertThat(CaseProcedure.step(Transition.NOTIFY).by()).isEqualTo(CaseProcedure.By.HANDLERS);
    }

    @Test
    void aProposalIsHeavierWithAnotherKindOrALargerAmount() {
        Proposal notified = Facts.penalty(2_000);
        assertThat(Facts.penalty(1_500).isHeavierThan(notified)).isFalse();
        assertThat(Facts.penalty(2_001).isHeavierThan(notified)).isTrue();
        Proposal revoking = new Proposal(DecisionKind.PENALTY, Set.of(org.fazhi.catalog.PenaltyKind.REVOKE_LICENCE),
                Money.ofYuan("2000"), Money.ZERO, "一般", true, null);
        assertThat(revoking.isHeavierThan(notified)).isTrue();
        assertThat(Proposal.without(DecisionKind.NO_PENALTY).isHeavierThan(notified)).isFalse();
        assertThat(new Proposal(DecisionKind.PENALTY, Set.of(), Money.ofYuan("9000"), Money.ZERO, "一般", false, " ")
                .isJustified()).isFalse();
        assertThat(new Proposal(DecisionKind.PENALTY, Set.of(), Money.ofYuan("9000"), Money.ZERO, "一般", false,
                "违法所得较多，社会影响恶劣").isJustified()).isTrue();
    }

    /** Makes the base facts pass the transition's rules where they do not already. */
    private static Facts passing(Transition transition, Facts facts) {
        return switch (transition) {
            case REQUEST_HEARING -> facts.with(f -> {
                f.hearingRights = true;
                f.notice = new Notice(TODAY.minusDays(1), TODAY.plusDays(4), TODAY.plusDays(4), false);
            });
            case SCHEDULE_HEARING, HOLD_HEARING -> facts.with(f -> f.hearing = Facts.hearingToday());
            case CLOSE -> facts.with(f -> f.execution = new Execution(Money.ZERO, TODAY.minusDays(30), null, null, null));
            case REPORT_ON_THE_SPOT -> facts.with(f -> f.onTheSpot = Facts.spot());
            default -> facts;
        };
    }

    private record Refusal(Transition transition, Facts facts) {
    }

    /** A step that opens a case (a decision on the spot) is judged as opening one; any other on the case's stage. */
    static CaseState judge(Transition transition, CaseFacts facts) {
        return CaseProcedure.step(transition).from().isEmpty() ? CaseProcedure.open(transition, facts)
                : CaseProcedure.check(transition, facts);
    }

    private static Refusal onTheSpot(java.util.function.UnaryOperator<CaseFacts.OnTheSpot> change) {
        return new Refusal(Transition.DECIDE_ON_THE_SPOT, Facts.onTheSpot().with(f -> f.onTheSpot = change.apply(
                Facts.spot())));
    }

    private static Refusal breaking(ProcedureRule rule) {
        return switch (rule) {
            case TWO_OFFICERS -> new Refusal(Transition.FILE, Facts.in(CaseState.CLUE)
                    .with(f -> f.handlers = List.of(new Handler(11, "张执法", true, true))));
            case OFFICERS_CERTIFIED -> new Refusal(Transition.FILE, Facts.in(CaseState.CLUE).with(f -> f.handlers =
                    List.of(new Handler(11, "张执法", true, true), new Handler(13, "王执法", true, false))));
            case NO_RECUSED_OFFICER -> new Refusal(Transition.RECORD_EVIDENCE, Facts.in(CaseState.INVESTIGATING)
                    .with(f -> f.recused = Set.of(12L)));
            case ITEMS_LISTED -> new Refusal(Transition.FILE, Facts.in(CaseState.CLUE).with(f -> f.itemsCitable = false));
            case VIOLATION_DATE_RECORDED -> new Refusal(Transition.FILE, Facts.in(CaseState.CLUE)
                    .with(f -> f.violationOn = null));
            case NOT_TIME_BARRED -> new Refusal(Transition.FILE, Facts.in(CaseState.CLUE)
                    .with(f -> f.violationOn = f.discoveredOn.minusYears(2).minusDays(1)));
            case EVIDENCE_RECORDED -> new Refusal(Transition.NOTIFY, Facts.in(CaseState.UNDER_REVIEW)
                    .with(f -> f.evidence = 0));
            case PROPOSAL_MADE -> new Refusal(Transition.SUBMIT_FOR_REVIEW, Facts.in(CaseState.INVESTIGATING)
                    .with(f -> f.proposal = null));
            case BENCHMARK_RESPECTED -> new Refusal(Transition.SUBMIT_FOR_REVIEW, Facts.in(CaseState.INVESTIGATING)
                    .with(f -> f.proposal = new Proposal(DecisionKind.PENALTY, Set.of(), Money.ofYuan("9000"),
                            Money.ZERO, "一般", false, null)));
            case LEGAL_REVIEW_PASSED -> new Refusal(Transition.NOTIFY, Facts.in(CaseState.UNDER_REVIEW)
                    .with(f -> f.review = new Review(false, true, false, false, null, null)));
            case REVIEWER_NOT_INVESTIGATOR -> new Refusal(Transition.PASS_LEGAL_REVIEW, Facts.in(CaseState.LEGAL_REVIEW)
                    .with(f -> f.actor = new CaseFacts.Actor("officer", null)));
            case COLLECTIVE_DISCUSSION_HELD -> new Refusal(Transition.DECIDE, Facts.in(CaseState.NOTIFIED)
                    .with(f -> f.review = new Review(false, false, false, true, null, null)));
            case NOTIFIED_BEFORE_DECISION -> new Refusal(Transition.DECIDE, Facts.in(CaseState.REVIEWED).with(f -> {
                f.notice = new Notice(null, null, null, false);
                f.notified = null;
            }));
            case STATEMENT_PERIOD_OVER -> new Refusal(Transition.DECIDE, Facts.in(CaseState.NOTIFIED)
                    .with(f -> f.notice = new Notice(TODAY.minusDays(5), TODAY, TODAY.minusDays(1), false)));
            case HEARING_REQUEST_PERIOD_OVER -> new Refusal(Transition.DECIDE, Facts.in(CaseState.NOTIFIED).with(f -> {
                f.hearingRights = true;
                f.notice = new Notice(TODAY.minusDays(5), TODAY.minusDays(1), TODAY, false);
            }));
            case HEARING_RIGHTS -> new Refusal(Transition.REQUEST_HEARING, Facts.in(CaseState.NOTIFIED)
                    .with(f -> f.notice = new Notice(TODAY, TODAY.plusDays(5), TODAY.plusDays(5), false)));
            case HEARING_REQUESTED_IN_TIME -> new Refusal(Transition.REQUEST_HEARING, Facts.in(CaseState.NOTIFIED)
                    .with(f -> f.hearingRights = true));
            case HEARING_NOTICE_IN_TIME -> new Refusal(Transition.SCHEDULE_HEARING,
                    Facts.in(CaseState.HEARING_REQUESTED).with(f -> f.hearing = new Hearing(true, TODAY,
                            TODAY.plusDays(2), TODAY.plusDays(9), 60L, null)));
            case HEARING_SCHEDULED -> new Refusal(Transition.HOLD_HEARING, Facts.in(CaseState.HEARING_REQUESTED)
                    .with(f -> f.hearing = new Hearing(true, null, null, null, 60L, null)));
            case HEARING_DAY_REACHED -> new Refusal(Transition.HOLD_HEARING, Facts.in(CaseState.HEARING_REQUESTED)
                    .with(f -> f.hearing = new Hearing(true, TODAY.minusDays(10), TODAY.plusDays(1),
                            TODAY.minusDays(1), 60L, null)));
            case HEARING_CHAIR_NOT_INVESTIGATOR -> new Refusal(Transition.HOLD_HEARING,
                    Facts.in(CaseState.HEARING_REQUESTED).with(f -> f.hearing = new Hearing(true, TODAY.minusDays(14),
                            TODAY, TODAY.minusDays(3), 11L, null)));
            case HEARING_HELD_WHEN_REQUESTED -> new Refusal(Transition.DECIDE, Facts.in(CaseState.NOTIFIED)
                    .with(f -> f.hearing = Facts.hearingToday()));
            case NOT_HEAVIER_THAN_NOTIFIED -> new Refusal(Transition.DECIDE, Facts.in(CaseState.NOTIFIED)
                    .with(f -> f.proposal = Facts.penalty(3_000)));
            case FIRST_OFFENCE_LISTED -> new Refusal(Transition.DECIDE, Facts.in(CaseState.NOTIFIED).with(f -> {
                f.proposal = Proposal.without(DecisionKind.FIRST_OFFENCE_WAIVED);
                f.firstOffence = new FirstOffence(false, true, List.of());
            }));
            case NO_EARLIER_VIOLATION -> new Refusal(Transition.DECIDE, Facts.in(CaseState.NOTIFIED).with(f -> {
                f.proposal = Proposal.without(DecisionKind.FIRST_OFFENCE_WAIVED);
                f.firstOffence = new FirstOffence(true, true, List.of("AJ202500000012"));
            }));
            case FINE_OWED -> new Refusal(Transition.APPROVE_PAYMENT_PLAN, Facts.in(CaseState.EXECUTING)
                    .with(f -> f.execution = Execution.none()));
            case PAYMENT_OVERDUE -> new Refusal(Transition.SEND_REMINDER, Facts.in(CaseState.EXECUTING)
                    .with(f -> f.execution = new Execution(Money.ofYuan("100"), TODAY, null, null, null)));
            case REMINDER_SENT -> new Refusal(Transition.APPLY_TO_COURT, Facts.in(CaseState.EXECUTING)
                    .with(f -> f.execution = new Execution(Money.ofYuan("100"), TODAY.minusDays(30), null,
                            TODAY.minusDays(1), TODAY.plusDays(60))));
            case REMINDER_PERIOD_OVER -> new Refusal(Transition.APPLY_TO_COURT, Facts.in(CaseState.EXECUTING)
                    .with(f -> f.execution = new Execution(Money.ofYuan("100"), TODAY.minusDays(30), TODAY,
                            TODAY.minusDays(1), TODAY.plusDays(60))));
            case LITIGATION_PERIOD_OVER -> new Refusal(Transition.APPLY_TO_COURT, Facts.in(CaseState.EXECUTING)
                    .with(f -> f.execution = new Execution(Money.ofYuan("100"), TODAY.minusDays(30),
                            TODAY.minusDays(5), TODAY.plusDays(10), TODAY.plusDays(100))));
            case WITHIN_COURT_APPLICATION_PERIOD -> new Refusal(Transition.APPLY_TO_COURT,
                    Facts.in(CaseState.EXECUTING).with(f -> f.execution = new Execution(Money.ofYuan("100"),
                            TODAY.minusDays(300), TODAY.minusDays(200), TODAY.minusDays(100), TODAY.minusDays(1))));
            case NOTHING_OWED -> new Refusal(Transition.CLOSE, Facts.in(CaseState.EXECUTING));
            case CERTIFICATES_SHOWN -> onTheSpot(spot -> new CaseFacts.OnTheSpot(spot.fineLimit(), false, true, true,
                    false, spot.collectionLimit(), false, false));
            case FACTS_CERTAIN -> onTheSpot(spot -> new CaseFacts.OnTheSpot(spot.fineLimit(), true, false, true,
                    false, spot.collectionLimit(), false, false));
            case WITHIN_ON_THE_SPOT_LIMIT -> new Refusal(Transition.DECIDE_ON_THE_SPOT, Facts.onTheSpot()
                    .with(f -> f.proposal = Facts.penalty(3_001)));
            case PARTY_HEARD_ON_THE_SPOT -> onTheSpot(spot -> new CaseFacts.OnTheSpot(spot.fineLimit(), true, true,
                    false, false, spot.collectionLimit(), false, false));
            case COLLECTION_ON_THE_SPOT_ALLOWED -> onTheSpot(spot -> new CaseFacts.OnTheSpot(spot.fineLimit(), true,
                    true, true, true, spot.collectionLimit(), false, false));
            case DECIDED_ON_THE_SPOT -> new Refusal(Transition.REPORT_ON_THE_SPOT, Facts.in(CaseState.EXECUTING));
            case REPORTED_WHEN_ON_THE_SPOT -> new Refusal(Transition.CLOSE, Facts.in(CaseState.EXECUTING).with(f -> {
                f.execution = new Execution(Money.ZERO, TODAY.minusDays(30), null, null, null);
                f.onTheSpot = Facts.spot();
            }));
        };
    }
}
