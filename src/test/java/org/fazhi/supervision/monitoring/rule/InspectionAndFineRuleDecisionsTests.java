package org.fazhi.supervision.monitoring.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.fazhi.casework.FineFacts.Fine;
import org.fazhi.inspection.InspectionResult;
import org.fazhi.inspection.RectificationFollowUps.FollowUp;
import org.fazhi.shared.Money;
import org.fazhi.supervision.monitoring.rule.AgencyInactive.Quarter;
import org.fazhi.supervision.monitoring.rule.FineInsteadOfRegulation.Series;
import org.junit.jupiter.api.Test;

/** The rules' decisions that need no database: periods, quarters, series of fines and their follow-ups. */
class InspectionAndFineRuleDecisionsTests {

    @Test
    void theLastCompleteQuarterEndsBeforeTheQuarterOfToday() {
        assertThat(Quarter.lastCompleteBefore(LocalDate.of(2026, 12, 5)))
                .isEqualTo(new Quarter(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)));
        assertThat(Quarter.lastCompleteBefore(LocalDate.of(2026, 1, 1)))
                .isEqualTo(new Quarter(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31)));
        assertThat(Quarter.lastCompleteBefore(LocalDate.of(2026, 4, 30)).number()).isEqualTo(1);
    }

    @Test
    void anAgencyHoldingItemsWithNeitherInspectionsNorCasesIsInactive() {
        Map<Long, Long> items = Map.of(1L, 3L, 2L, 5L, 3L, 1L, 4L, 2L);
        Map<Long, Long> inspected = Map.of(2L, 4L);
        Map<Long, Long> cases = Map.of(3L, 1L);

        assertThat(AgencyInactive.inactive(items, inspected, cases, 1)).containsExactly(1L, 4L);
        assertThat(AgencyInactive.inactive(items, inspected, cases, 3)).containsExactly(1L);
    }

    @Test
    void profitDrivenPeriodsAreWholeMonthsBeforeToday() {
        var settings = new ProfitDrivenFines.Settings(5, 3, 12, 10, 20, 0.4, 2.0, 12, 3.0, 3,
                java.math.BigDecimal.valueOf(50000));
        var periods = ProfitDrivenFines.Periods.of(LocalDate.of(2026, 12, 5), settings);

        assertThat(periods.windowFrom()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(periods.windowTo()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(periods.baselineFrom()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(periods.officersFrom()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(periods.readFrom()).isEqualTo(LocalDate.of(2025, 9, 1));
    }

    @Test
    void aSeriesIsOneAgencysFinesOfOnePartyForOneItemCode() {
        List<Fine> fines = List.of(
                fine(1, 1, 10, "A", LocalDate.of(2026, 1, 5)),
                fine(2, 1, 10, "A", LocalDate.of(2026, 3, 5)),
                fine(3, 1, 11, "A", LocalDate.of(2026, 4, 5)),
                fine(4, 2, 10, "A", LocalDate.of(2026, 5, 5)),
                fine(5, 1, 10, "B", LocalDate.of(2026, 6, 5)),
                fine(6, 1, 10, "A", LocalDate.of(2026, 7, 5)));

        List<Series> series = FineInsteadOfRegulation.series(fines, 3);

        assertThat(series).hasSize(1);
        assertThat(series.get(0).first().caseId()).isEqualTo(1);
        assertThat(series.get(0).fines()).extracting(Fine::caseId).containsExactly(1L, 2L, 6L);
        assertThat(FineInsteadOfRegulation.series(fines, 1)).hasSize(4);
    }

    @Test
    void aSeriesIsRegulatedByTheSameAgencysRectificationOrCheckAfterItsFirstFine() {
        Series series = FineInsteadOfRegulation.series(List.of(
                fine(1, 1, 10, "A", LocalDate.of(2026, 1, 5)),
                fine(2, 1, 10, "A", LocalDate.of(2026, 3, 5))), 2).get(0);

        assertThat(series.regulatedBy(List.of(followUp(10, List.of(1L), LocalDate.of(2026, 2, 1))))).isTrue();
        assertThat(series.regulatedBy(List.of(followUp(10, List.of(9L, 1L), LocalDate.of(2026, 1, 5))))).isTrue();
        assertThat(series.regulatedBy(List.of(followUp(10, List.of(1L), LocalDate.of(2026, 1, 4))))).isFalse();
        assertThat(series.regulatedBy(List.of(followUp(10, List.of(2L), LocalDate.of(2026, 2, 1))))).isFalse();
        assertThat(series.regulatedBy(List.of(followUp(11, List.of(1L), LocalDate.of(2026, 2, 1))))).isFalse();
    }

    private static Fine fine(long caseId, long agency, long party, String item, LocalDate day) {
        return new Fine(caseId, "AJ" + caseId, agency, party, List.of(100L), List.of(item), List.of(), Money.ofYuan("1000"),
                day);
    }

    private static FollowUp followUp(long party, List<Long> agencies, LocalDate day) {
        return new FollowUp(99, "JC99", party, agencies, InspectionResult.RECTIFICATION, day);
    }
}
