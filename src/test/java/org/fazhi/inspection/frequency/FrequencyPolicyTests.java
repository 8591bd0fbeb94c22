package org.fazhi.inspection.frequency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.inspection.frequency.VisitKind.CASE;
import static org.fazhi.inspection.frequency.VisitKind.HIGHER_SPECIAL;
import static org.fazhi.inspection.frequency.VisitKind.NON_ENFORCEMENT;
import static org.fazhi.inspection.frequency.VisitKind.ROUTINE;
import static org.fazhi.inspection.frequency.VisitKind.SPECIAL;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.fazhi.inspection.frequency.FrequencyRules.OverCap;
import org.fazhi.inspection.frequency.FrequencyVerdict.Outcome;
import org.junit.jupiter.api.Test;

class FrequencyPolicyTests {

    private static final long MARKET = 1;
    private static final long TAX = 2;
    private static final long FIRE = 3;
    private static final long ECOLOGY = 4;
    private static final Map<Long, String> NAMES = Map.of(MARKET, "市场监管局", TAX, "税务局", FIRE, "消防救援大队",
            ECOLOGY, "生态环境分局");
    private static final FrequencyRules DEFAULTS = FrequencyRules.defaults();
    private static final ProposedVisit ROUTINE_BY_MARKET = new ProposedVisit(date("2026-06-15"), MARKET, ROUTINE);

    @Test
    void defaultsAreTwoPerAgencyFourInAllAndSixtyDays() {
        assertThat(DEFAULTS).isEqualTo(new FrequencyRules(2, 4, false, true, 60, OverCap.ESCALATE));
        assertThatThrownBy(() -> new FrequencyRules(0, 4, false, true, 60, OverCap.REFUSE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FrequencyRules(2, 4, false, true, -1, OverCap.REFUSE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void allowsAnInspectionOfAnEnterpriseNotVisitedThisYear() {
        assertThat(assess(DEFAULTS, List.of(), ROUTINE_BY_MARKET))
                .isEqualTo(new FrequencyVerdict(Outcome.ALLOWED, List.of(), 0, 0));
    }

    @Test
    void escalatesTheAgencysInspectionOverItsYearlyCap() {
        List<PastVisit> history = List.of(visit("2026-01-10", MARKET, ROUTINE), visit("2026-03-01", MARKET, SPECIAL));

        assertThat(assess(DEFAULTS, history, ROUTINE_BY_MARKET)).isEqualTo(new FrequencyVerdict(Outcome.ESCALATE,
                List.of("本年度本部门已检查该企业 2 次，达到年度上限 2 次"), 2, 2));
        assertThat(assess(DEFAULTS, history, new ProposedVisit(date("2026-06-15"), TAX, ROUTINE)).outcome())
                .isEqualTo(Outcome.ALLOWED);
    }

    @Test
    void escalatesAnInspectionOverTheCapAcrossAgencies() {
        List<PastVisit> history = List.of(visit("2026-01-10", TAX, ROUTINE), visit("2026-02-10", FIRE, ROUTINE),
                visit("2026-03-01", ECOLOGY, SPECIAL), visit("2026-03-20", TAX, ROUTINE));

        assertThat(assess(DEFAULTS, history, ROUTINE_BY_MARKET)).isEqualTo(new FrequencyVerdict(Outcome.ESCALATE,
                List.of("本年度各部门已检查该企业 4 次，达到年度上限 4 次"), 0, 4));
    }

    @Test
    void refusesInsteadWhenTheCountyAllowsNoExceptions() {
        FrequencyRules strict = new FrequencyRules(1, 4, false, true, 60, OverCap.REFUSE);
        List<PastVisit> history = List.of(visit("2026-01-10", MARKET, ROUTINE), visit("2026-02-10", MARKET, ROUTINE));

        assertThat(assess(strict, history, ROUTINE_BY_MARKET)).isEqualTo(new FrequencyVerdict(Outcome.REFUSED,
                List.of("本年度本部门已检查该企业 2 次，超过年度上限 1 次"), 2, 2));
    }

    @Test
    void countsAJointVisitOnceAcrossAgenciesButForEachOfThem() {
        List<PastVisit> history = List.of(
                new PastVisit(date("2026-02-01"), MARKET, ROUTINE, true, 7L),
                new PastVisit(date("2026-02-01"), TAX, ROUTINE, true, 7L),
                new PastVisit(date("2026-02-01"), FIRE, ROUTINE, true, 7L),
                new PastVisit(date("2026-03-01"), TAX, SPECIAL, true), // no id: known by its date and kind
                new PastVisit(date("2026-03-01"), ECOLOGY, SPECIAL, true),
                visit("2026-03-01", FIRE, ROUTINE));

        FrequencyVerdict verdict = assess(DEFAULTS, history, ROUTINE_BY_MARKET);

        assertThat(verdict.countyCount()).isEqualTo(3);
        assertThat(verdict.agencyCount()).isEqualTo(1);
        assertThat(verdict.outcome()).isEqualTo(Outcome.ALLOWED);
    }

    @Test
    void countsCaseInspectionsOnlyWhenTheCountySaysSo() {
        FrequencyRules countingCases = new FrequencyRules(2, 4, true, true, 60, OverCap.ESCALATE);
        List<PastVisit> cases = List.of(visit("2026-01-10", MARKET, CASE), visit("2026-02-10", MARKET, CASE));
        List<PastVisit> routine = List.of(visit("2026-01-10", MARKET, ROUTINE), visit("2026-02-10", MARKET, ROUTINE));
        ProposedVisit complaint = new ProposedVisit(date("2026-06-15"), MARKET, CASE);

        assertThat(assess(DEFAULTS, cases, ROUTINE_BY_MARKET).agencyCount()).isZero();
        assertThat(assess(countingCases, cases, ROUTINE_BY_MARKET).outcome()).isEqualTo(Outcome.ESCALATE);
        assertThat(assess(DEFAULTS, routine, complaint).outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(assess(countingCases, routine, complaint).outcome()).isEqualTo(Outcome.ESCALATE);
    }

    @Test
    void countsHigherLevelSpecialInspectionsUnlessTheCountyExemptsThem() {
        FrequencyRules exempting = new FrequencyRules(2, 4, false, false, 60, OverCap.ESCALATE);
        List<PastVisit> history = List.of(visit("2026-01-10", MARKET, HIGHER_SPECIAL),
                visit("2026-02-10", MARKET, HIGHER_SPECIAL));
        ProposedVisit higher = new ProposedVisit(date("2026-06-15"), MARKET, HIGHER_SPECIAL);
        List<PastVisit> routine = List.of(visit("2026-01-10", MARKET, ROUTINE), visit("2026-02-10", MARKET, ROUTINE));

        assertThat(assess(DEFAULTS, history, ROUTINE_BY_MARKET).outcome()).isEqualTo(Outcome.ESCALATE);
        assertThat(assess(exempting, history, ROUTINE_BY_MARKET).outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(assess(exempting, routine, higher).outcome()).isEqualTo(Outcome.ALLOWED);
    }

    @Test
    void nonEnforcementVisitsUseNoAllowanceButWarnOfRepeats() {
        List<PastVisit> surveys = List.of(visit("2026-01-10", MARKET, NON_ENFORCEMENT),
                visit("2026-02-10", MARKET, NON_ENFORCEMENT), visit("2026-06-01", TAX, NON_ENFORCEMENT));
        List<PastVisit> routine = List.of(visit("2026-01-10", MARKET, ROUTINE), visit("2026-06-01", MARKET, ROUTINE));
        ProposedVisit survey = new ProposedVisit(date("2026-06-15"), MARKET, NON_ENFORCEMENT);

        assertThat(assess(DEFAULTS, surveys, ROUTINE_BY_MARKET)).isEqualTo(new FrequencyVerdict(Outcome.WARNED,
                List.of("该企业 60 日内已被检查（2026-06-01，税务局）"), 0, 0));
        assertThat(assess(DEFAULTS, routine, survey)).isEqualTo(new FrequencyVerdict(Outcome.WARNED,
                List.of("该企业 60 日内已被检查（2026-06-01，市场监管局）"), 2, 2));
    }

    @Test
    void warnsOfAVisitWithinTheWindowBeforeOrAfterBothEndsIncluded() {
        assertThat(assess(DEFAULTS, List.of(visit("2026-04-16", TAX, ROUTINE)), ROUTINE_BY_MARKET).reasons())
                .containsExactly("该企业 60 日内已被检查（2026-04-16，税务局）"); // 60 days before
        assertThat(assess(DEFAULTS, List.of(visit("2026-04-15", TAX, ROUTINE)), ROUTINE_BY_MARKET).outcome())
                .isEqualTo(Outcome.ALLOWED); // 61 days before
        assertThat(assess(DEFAULTS, List.of(visit("2026-08-14", TAX, ROUTINE)), ROUTINE_BY_MARKET).reasons())
                .containsExactly("该企业 60 日内另有检查安排（2026-08-14，税务局）"); // planned 60 days after
        assertThat(assess(DEFAULTS, List.of(visit("2026-08-15", TAX, ROUTINE)), ROUTINE_BY_MARKET).outcome())
                .isEqualTo(Outcome.ALLOWED);
        assertThat(assess(DEFAULTS, List.of(visit("2026-06-15", MARKET, SPECIAL)), ROUTINE_BY_MARKET).outcome())
                .isEqualTo(Outcome.WARNED); // the same day
    }

    @Test
    void namesEveryRecentVisitByDayWithAJointVisitsAgenciesTogether() {
        List<PastVisit> history = List.of(new PastVisit(date("2026-05-20"), TAX, SPECIAL, true, 9L),
                new PastVisit(date("2026-05-20"), FIRE, SPECIAL, true, 9L), visit("2026-05-01", MARKET, ROUTINE));

        assertThat(assess(DEFAULTS, history, ROUTINE_BY_MARKET).reasons())
                .containsExactly("该企业 60 日内已被检查（2026-05-01，市场监管局；2026-05-20，税务局、消防救援大队）");
        assertThat(FrequencyPolicy.assess(DEFAULTS, history, ROUTINE_BY_MARKET).reasons())
                .containsExactly("该企业 60 日内已被检查（2026-05-01，本部门；2026-05-20，其他部门）");
    }

    @Test
    void caseInspectionsNeverWarnOfRepeats() {
        assertThat(assess(DEFAULTS, List.of(visit("2026-06-10", TAX, CASE)), ROUTINE_BY_MARKET).outcome())
                .isEqualTo(Outcome.ALLOWED);
        assertThat(assess(DEFAULTS, List.of(visit("2026-06-10", TAX, ROUTINE)),
                new ProposedVisit(date("2026-06-15"), MARKET, CASE)).outcome()).isEqualTo(Outcome.ALLOWED);
    }

    @Test
    void aCapOutranksTheWarningWhoseReasonIsAdded() {
        List<PastVisit> history = List.of(visit("2026-01-10", MARKET, ROUTINE), visit("2026-05-30", MARKET, ROUTINE));

        assertThat(assess(DEFAULTS, history, ROUTINE_BY_MARKET)).isEqualTo(new FrequencyVerdict(Outcome.ESCALATE,
                List.of("本年度本部门已检查该企业 2 次，达到年度上限 2 次", "该企业 60 日内已被检查（2026-05-30，市场监管局）"), 2, 2));
    }

    @Test
    void capsCountTheProposedYearWhileTheWarningLooksAcrossNewYear() {
        List<PastVisit> history = List.of(visit("2025-11-20", MARKET, ROUTINE), visit("2025-12-20", MARKET, ROUTINE));
        ProposedVisit january = new ProposedVisit(date("2026-01-10"), MARKET, ROUTINE);

        assertThat(assess(DEFAULTS, history, january)).isEqualTo(new FrequencyVerdict(Outcome.WARNED,
                List.of("该企业 60 日内已被检查（2025-11-20，市场监管局；2025-12-20，市场监管局）"), 0, 0));
    }

    private static FrequencyVerdict assess(FrequencyRules rules, List<PastVisit> history, ProposedVisit proposed) {
        return FrequencyPolicy.assess(rules, history, proposed, NAMES::get);
    }

    private static PastVisit visit(String date, long agency, VisitKind kind) {
        return new PastVisit(date(date), agency, kind, false);
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
