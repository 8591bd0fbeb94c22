package org.fazhi.casework.compulsion;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.fazhi.casework.CaseworkProperties;
import org.fazhi.shared.RegionCode;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.WorkdayCalendar;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of a 查封/扣押 (行政强制法第十八条、第十九条、第二十五条、第二十八条), without Spring. */
class CompulsoryMeasureTests {

    private static final MeasurePeriods PERIODS = new MeasurePeriods(WorkdayCalendar.china(),
            CaseworkProperties.defaults());
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final Instant MORNING = MONDAY.atTime(9, 30).atZone(CHINA).toInstant();

    @Test
    void aProposalApprovedByTheHeadIsInForceForThirtyDaysFromThatDay() {
        CompulsoryMeasure m = proposed().approve("head", MORNING, MONDAY, "同意", PERIODS);

        assertThat(m.state()).isEqualTo(MeasureState.IN_FORCE);
        assertThat(m.period().startedOn()).isEqualTo(MONDAY);
        assertThat(m.period().dueOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(m.approval().approved()).isTrue();
    }

    @Test
    void anUrgentMeasureIsApprovedWithinTwentyFourHoursAndKeepsTheDayItWasTaken() {
        CompulsoryMeasure taken = urgent();
        Instant nextMorning = MORNING.plus(Duration.ofHours(23));

        CompulsoryMeasure approved = taken.approve("head", nextMorning, MONDAY.plusDays(1), null, PERIODS);

        assertThat(taken.approvalDue(PERIODS)).isEqualTo(MORNING.plus(Duration.ofHours(24)));
        assertThat(approved.state()).isEqualTo(MeasureState.IN_FORCE);
        assertThat(approved.period().startedOn()).isEqualTo(MONDAY);
        assertThat(approved.approvalDue(PERIODS)).isNull();
    }

    @Test
    void anUrgentMeasureCannotBeApprovedAfterTwentyFourHours() {
        assertThatThrownBy(() -> urgent().approve("head", MORNING.plus(Duration.ofHours(24)).plusSeconds(1),
                MONDAY.plusDays(1), null, PERIODS))
                .isInstanceOfSatisfying(RuleViolation.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("casework.measure.approval-too-late");
                    assertThat(refusal.legalBasis()).isEqualTo("行政强制法第十九条");
                });
    }

    @Test
    void anUrgentMeasureNotApprovedIsLiftedAtOnceAndAProposalNotApprovedIsNeverTaken() {
        CompulsoryMeasure lifted = urgent().refuse("head", MORNING.plusSeconds(3600), MONDAY, "证据不足");
        CompulsoryMeasure refused = proposed().refuse("head", MORNING, MONDAY, "不必要");

        assertThat(lifted.state()).isEqualTo(MeasureState.LIFTED);
        assertThat(lifted.lifting().reason()).isEqualTo(LiftingReason.NOT_APPROVED);
        assertThat(lifted.lifting().on()).isEqualTo(MONDAY);
        assertThat(refused.state()).isEqualTo(MeasureState.REFUSED);
        assertThat(refused.period()).isNull();
        assertThat(refused.state().isOpen()).isFalse();
    }

    @Test
    void itIsExtendedOnceByAtMostThirtyDaysWithAReasonEndingOnTheNextWorkingDay() {
        CompulsoryMeasure extended = inForce().extend(30, "案情复杂，需检验", "head", MONDAY.plusDays(20), PERIODS);

        // 3月2日 + 60 days is 5月1日, the Labour Day holiday (5月1日-5日): the period ends on 5月6日.
        assertThat(extended.period().dueOn()).isEqualTo(LocalDate.of(2026, 5, 6));
        assertThat(extended.extension().days()).isEqualTo(30);
        assertThatThrownBy(() -> extended.extend(5, "再延", "head", MONDAY.plusDays(40), PERIODS))
                .isInstanceOfSatisfying(RuleViolation.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("casework.measure.extended-once");
                    assertThat(refusal.legalBasis()).isEqualTo("行政强制法第二十五条");
                });
    }

    @Test
    void anExtensionLongerThanThirtyDaysOrAfterThePeriodIsRefused() {
        assertThatThrownBy(() -> inForce().extend(31, "复杂", "head", MONDAY.plusDays(1), PERIODS))
                .hasMessage("casework.measure.extension-too-long");
        assertThatThrownBy(() -> inForce().extend(10, "复杂", "head", LocalDate.of(2026, 4, 2), PERIODS))
                .hasMessage("casework.measure.period-over");
    }

    @Test
    void liftingNamesItsReasonAndThePeriodEndedOnlyOnceItHas() {
        assertThatThrownBy(() -> inForce().lift(LiftingReason.PERIOD_ENDED, null, LocalDate.of(2026, 4, 1)))
                .hasMessage("casework.measure.period-not-ended");
        assertThatThrownBy(() -> inForce().lift(LiftingReason.NOT_APPROVED, null, MONDAY))
                .hasMessage("casework.measure.lift-not-approved");

        CompulsoryMeasure lifted = inForce().lift(LiftingReason.PERIOD_ENDED, null, LocalDate.of(2026, 4, 2));
        assertThat(lifted.state()).isEqualTo(MeasureState.LIFTED);
        assertThat(inForce().lift(LiftingReason.NO_VIOLATION, "经查无违法", MONDAY.plusDays(3)).lifting().reason())
                .isEqualTo(LiftingReason.NO_VIOLATION);
    }

    @Test
    void itClosesOnlyWhenEveryItemWasReturned() {
        CompulsoryMeasure lifted = inForce().lift(LiftingReason.NOT_RELATED, null, MONDAY.plusDays(5));
        CompulsoryMeasure oneBack = lifted.returnItem(1, "李建国", MONDAY.plusDays(5));

        assertThatThrownBy(() -> oneBack.close(MONDAY.plusDays(5)))
                .isInstanceOfSatisfying(RuleViolation.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("casework.measure.items-not-returned");
                    assertThat(refusal.legalBasis()).isEqualTo("行政强制法第二十八条");
                });
        assertThatThrownBy(() -> oneBack.returnItem(1, "李建国", MONDAY.plusDays(6)))
                .hasMessage("casework.measure.item-returned");
        CompulsoryMeasure closed = oneBack.returnItem(2, "李建国", MONDAY.plusDays(6)).close(MONDAY.plusDays(6));
        assertThat(closed.state()).isEqualTo(MeasureState.CLOSED);
        assertThat(closed.items()).allMatch(MeasureItem::isReturned);
    }

    @Test
    void itemsAreConfiscatedOnlyByADecision() {
        assertThatThrownBy(() -> inForce().confiscate(MONDAY.plusDays(9), false))
                .hasMessage("casework.measure.no-decision");
        CompulsoryMeasure confiscated = inForce().confiscate(MONDAY.plusDays(9), true);
        assertThat(confiscated.state()).isEqualTo(MeasureState.CLOSED);
        assertThat(confiscated.confiscatedOn()).isEqualTo(MONDAY.plusDays(9));
    }

    @Test
    void evidencePreservedIsDecidedOnWithinSevenWorkingDaysAndNeverExtended() {
        LocalDate beforeNationalDay = LocalDate.of(2026, 9, 30);
        CompulsoryMeasure preserved = CompulsoryMeasure.proposed(1, RegionCode.of("410425"), 7,
                new CompulsoryMeasure.Request(MeasureKind.PRESERVATION, "证据可能灭失", "《行政处罚法》第五十六条",
                        "当事人仓库", List.of(3L, 4L), items()), "officer")
                .approve("head", beforeNationalDay.atTime(10, 0).atZone(CHINA).toInstant(), beforeNationalDay, null,
                        PERIODS);

        // 10月1日-7日 off, 10月10日 (Saturday) a make-up working day: 8, 9, 10, 12, 13, 14, 15.
        assertThat(preserved.period().dueOn()).isEqualTo(LocalDate.of(2026, 10, 15));
        assertThatThrownBy(() -> preserved.extend(3, "复杂", "head", LocalDate.of(2026, 10, 8), PERIODS))
                .isInstanceOfSatisfying(RuleViolation.class, refusal ->
                        assertThat(refusal.legalBasis()).isEqualTo("行政处罚法第五十六条"));
    }

    @Test
    void twoOfficersAndOneItemAtLeastAndEachActInItsStateOnly() {
        assertThatThrownBy(() -> CompulsoryMeasure.proposed(1, RegionCode.of("410425"), 7, request(List.of(3L, 3L),
                items()), "officer")).hasMessage("casework.measure.two-officers");
        assertThatThrownBy(() -> CompulsoryMeasure.proposed(1, RegionCode.of("410425"), 7, request(List.of(3L, 4L),
                List.of()), "officer")).hasMessage("casework.measure.no-items");
        assertThatThrownBy(() -> proposed().extend(10, "复杂", "head", MONDAY, PERIODS))
                .hasMessage("casework.measure.not-now");
        assertThatThrownBy(() -> inForce().returnItem(1, "李建国", MONDAY)).hasMessage("casework.measure.not-now");
    }

    private static CompulsoryMeasure proposed() {
        return CompulsoryMeasure.proposed(1, RegionCode.of("410425"), 7, request(List.of(3L, 4L), items()), "officer");
    }

    private static CompulsoryMeasure urgent() {
        return CompulsoryMeasure.takenUrgently(1, RegionCode.of("410425"), 7, request(List.of(3L, 4L), items()),
                "officer", MORNING, MONDAY, PERIODS);
    }

    private static CompulsoryMeasure inForce() {
        return proposed().approve("head", MORNING, MONDAY, null, PERIODS);
    }

    private static CompulsoryMeasure.Request request(List<Long> officers, List<MeasureItem> items) {
        return new CompulsoryMeasure.Request(MeasureKind.SEIZURE, "涉嫌经营过期食品", "《中华人民共和国食品安全法》第一百一十条",
                "县市场监管局涉案物品仓库", officers, items);
    }

    static List<MeasureItem> items() {
        return List.of(new MeasureItem(1, "过期奶粉", "900克/罐", new BigDecimal("12"), "罐", "外包装完好", null, null, null),
                new MeasureItem(2, "过期饼干", "500克/袋", new BigDecimal("2.5"), "箱", "已拆封", "门店库房", null, null));
    }
}
