package org.fazhi.disputes.litigation;

import java.time.LocalDate;
import java.util.Set;

import org.fazhi.disputes.LawsuitOutcome;
import org.fazhi.shared.RegionCode;
import org.fazhi.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lawsuit's rules without Spring: the defence period, the order of its steps, and who counts as appearing. */
class LawsuitTests {

    static final LitigationProperties SETTINGS = new LitigationProperties(15, Set.of(Appearance.HEAD,
            Appearance.DEPUTY), new LitigationProperties.LossRate(LitigationProperties.Basis.FIRST_INSTANCE,
            Set.of(LawsuitOutcome.REVOKED), false), 60);

    final DefenceDeadline defence = new DefenceDeadline(SETTINGS);

    @Test
    void theDefenceIsDueFifteenDaysAfterService() {
        assertThat(defence.after(LocalDate.of(2026, 3, 2))).isEqualTo(LocalDate.of(2026, 3, 17));
    }

    @Test
    void aDefencePeriodEndingInTheNationalDayHolidayEndsOnTheNextWorkingDay() {
        // 2026-09-20 + 15 = 2026-10-05, inside the holiday of 1-7 October.
        assertThat(defence.after(LocalDate.of(2026, 9, 20))).isEqualTo(LocalDate.of(2026, 10, 8));
    }

    @Test
    void theDefencePeriodIsTheCountysSetting() {
        DefenceDeadline twenty = new DefenceDeadline(new LitigationProperties(20, SETTINGS.appearancesCounted(),
                SETTINGS.lossRate(), 60));
        assertThat(twenty.after(LocalDate.of(2026, 3, 2))).isEqualTo(LocalDate.of(2026, 3, 23));
    }

    @Test
    void aDefenceAfterItsLastDayIsLateAndAMissingOneOverdue() {
        Lawsuit s = served(LocalDate.of(2026, 3, 2));
        assertThat(s.defenceOverdueOn(LocalDate.of(2026, 3, 17))).isFalse();
        assertThat(s.defenceOverdueOn(LocalDate.of(2026, 3, 18))).isTrue();
        s.submitDefence(LocalDate.of(2026, 3, 18));
        assertThat(s.defenceOnTime()).isFalse();
        assertThat(s.defenceOverdueOn(LocalDate.of(2026, 4, 1))).isFalse();
    }

    @Test
    void refusesASecondDefenceAndStepsBeforeService() {
        Lawsuit s = served(LocalDate.of(2026, 3, 2));
        assertThatThrownBy(() -> s.submitDefence(LocalDate.of(2026, 3, 1))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("date-before");
        s.submitDefence(LocalDate.of(2026, 3, 10));
        assertThat(s.defenceOnTime()).isTrue();
        assertThatThrownBy(() -> s.submitDefence(LocalDate.of(2026, 3, 11)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("defence-submitted");
    }

    @Test
    void refusesAnythingAfterTheOutcomeAndAnOutcomeBeforeTheLastHearing() {
        Lawsuit s = served(LocalDate.of(2026, 3, 2));
        s.recordHearing(new Lawsuit.Hearing(LocalDate.of(2026, 4, 20), Appearance.STAFF, "张某（法制股长）"));
        assertThatThrownBy(() -> s.conclude(new Lawsuit.Conclusion(LawsuitOutcome.REVOKED,
                LocalDate.of(2026, 4, 19), null))).isInstanceOf(RuleViolation.class);
        s.conclude(new Lawsuit.Conclusion(LawsuitOutcome.REVOKED, LocalDate.of(2026, 5, 6), "（2026）豫0425行初3号"));
        assertThat(s.isConcluded()).isTrue();
        assertThatThrownBy(() -> s.recordHearing(new Lawsuit.Hearing(LocalDate.of(2026, 5, 7), Appearance.HEAD,
                "局长"))).isInstanceOf(RuleViolation.class).hasMessageContaining("concluded");
        assertThat(LawsuitView.stepsFor(s, true, false)).isEmpty();
    }

    @Test
    void theDefendantRecordsDefenceAndHearingsButNotTheOutcome() {
        Lawsuit s = served(LocalDate.of(2026, 3, 2));
        assertThat(LawsuitView.stepsFor(s, false, true)).containsExactly("DEFENCE", "HEARING");
        assertThat(LawsuitView.stepsFor(s, true, false)).containsExactly("DEFENCE", "HEARING", "OUTCOME");
        assertThat(LawsuitView.stepsFor(s, false, false)).isEmpty();
    }

    static Lawsuit served(LocalDate on) {
        Lawsuit.Filing filing = new Lawsuit.Filing(RegionCode.of("410425"), "郏县人民法院", Instance.FIRST,
                "（2026）豫0425行初3号", null, new Lawsuit.Plaintiff(PlaintiffKind.ORGANISATION, "某公司", null, null,
                null), 1, "行政处罚", "罚款五万元", null, null, on);
        return Lawsuit.served(filing, new DefenceDeadline(SETTINGS).after(on), "test");
    }
}
