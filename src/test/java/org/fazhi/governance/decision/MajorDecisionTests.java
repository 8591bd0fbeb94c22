package org.fazhi.governance.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.fazhi.shared.RegionCode;
import org.fazhi.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A major decision's procedures: the required ones (configured, with 合法性审查 and 集体讨论决定 always) done on or
 * before the decision's day, or the decision is refused naming the missing ones; nothing recorded after it.
 */
class MajorDecisionTests {

    static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    static final Set<DecisionStepKind> ALL = new DecisionProperties(List.of(DecisionStepKind.values())).required();

    @Test
    void legalityReviewAndCollectiveDiscussionAreAlwaysRequired() {
        assertThat(new DecisionProperties(List.of(DecisionStepKind.RISK_ASSESSMENT)).required())
                .containsExactlyInAnyOrder(DecisionStepKind.RISK_ASSESSMENT, DecisionStepKind.LEGALITY_REVIEW,
                        DecisionStepKind.COLLECTIVE_DISCUSSION);
        assertThat(new DecisionProperties(List.of()).required()).hasSize(2);
    }

    @Test
    void aDecisionWithMissingProceduresIsRefusedNamingThem() {
        MajorDecision d = planned();
        d.record(DecisionStepKind.PUBLIC_PARTICIPATION, step(DAY.minusDays(20)));
        d.record(DecisionStepKind.LEGALITY_REVIEW, step(DAY.minusDays(10)));

        assertThatThrownBy(() -> d.decide(DAY, "通过", ALL)).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.messageKey()).isEqualTo("governance.decision.refused.missing-steps");
            assertThat(v.arguments()[0].toString()).contains("governance.decision.list.3");
        });
        assertThat(d.missing(ALL, DAY)).containsExactly(DecisionStepKind.EXPERT_ARGUMENTATION,
                DecisionStepKind.RISK_ASSESSMENT, DecisionStepKind.COLLECTIVE_DISCUSSION);
        assertThat(d.state()).isEqualTo(DecisionState.PLANNED);
    }

    @Test
    void aProcedureDoneAfterTheDecisionsDayDoesNotCount() {
        MajorDecision d = planned();
        for (DecisionStepKind kind : DecisionStepKind.values()) {
            d.record(kind, step(kind == DecisionStepKind.COLLECTIVE_DISCUSSION ? DAY.plusDays(1) : DAY.minusDays(5)));
        }

        refused(() -> d.decide(DAY, "通过", ALL), "governance.decision.refused.missing-steps");
        d.decide(DAY.plusDays(1), "通过", ALL);
        assertThat(d.state()).isEqualTo(DecisionState.DECIDED);
    }

    @Test
    void aCountyThatRequiresOnlyTheTwoDecidesWithThem() {
        MajorDecision d = planned();
        Set<DecisionStepKind> two = new DecisionProperties(List.of()).required();
        d.record(DecisionStepKind.LEGALITY_REVIEW, step(DAY.minusDays(3)));
        refused(() -> d.decide(DAY, "通过", two), "governance.decision.refused.missing-steps");
        d.record(DecisionStepKind.COLLECTIVE_DISCUSSION, step(DAY));

        d.decide(DAY, "通过", two);
        assertThat(d.outcome().decidedOn()).isEqualTo(DAY);
    }

    @Test
    void nothingIsRecordedTwiceOrAfterTheDecision() {
        MajorDecision d = complete();
        refused(() -> d.record(DecisionStepKind.RISK_ASSESSMENT, step(DAY)), "governance.decision.refused.step-recorded");
        refused(() -> d.evaluate(DAY, "良好"), "governance.decision.refused.not-decided");
        d.decide(DAY, "通过", ALL);

        refused(() -> d.decide(DAY, "再次通过", ALL), "governance.decision.refused.decided");
        refused(() -> d.record(DecisionStepKind.RISK_ASSESSMENT, step(DAY)), "governance.decision.refused.decided");
        refused(() -> d.evaluate(DAY.minusDays(1), "良好"), "governance.decision.refused.date-before");
        d.evaluate(DAY.plusDays(90), "实施效果良好");
        assertThat(d.state()).isEqualTo(DecisionState.EVALUATED);
        refused(() -> d.evaluate(DAY.plusDays(100), "再评估"), "governance.decision.refused.not-decided");
    }

    static MajorDecision planned() {
        return MajorDecision.planned(new MajorDecision.Item(1, RegionCode.of("410425"), 7, "测试决策"));
    }

    static MajorDecision complete() {
        MajorDecision d = planned();
        for (DecisionStepKind kind : DecisionStepKind.values()) {
            d.record(kind, step(DAY.minusDays(10)));
        }
        return d;
    }

    static MajorDecision.Step step(LocalDate on) {
        return new MajorDecision.Step(on, "会议纪要", "tester");
    }

    static void refused(Executable step, String key) {
        assertThatThrownBy(step::execute).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.messageKey()).isEqualTo(key));
    }
}
