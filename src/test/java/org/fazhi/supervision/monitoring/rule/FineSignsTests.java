package org.fazhi.supervision.monitoring.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.casework.FineFacts.Fine;
import org.fazhi.shared.Money;
import org.fazhi.supervision.monitoring.rule.FineSigns.Concentration;
import org.fazhi.supervision.monitoring.rule.FineSigns.HandlerTotal;
import org.junit.jupiter.api.Test;

class FineSignsTests {

    private static final LocalDate WINDOW_FROM = LocalDate.of(2026, 7, 1);
    private static long nextCase = 1;

    @Test
    void theLastDaysOfAMonthAreItsPeriodEndWhateverItsLength() {
        assertThat(FineSigns.atPeriodEnd(LocalDate.of(2026, 2, 24), 5)).isTrue();
        assertThat(FineSigns.atPeriodEnd(LocalDate.of(2026, 2, 23), 5)).isFalse();
        assertThat(FineSigns.atPeriodEnd(LocalDate.of(2026, 3, 27), 5)).isTrue();
        assertThat(FineSigns.atPeriodEnd(LocalDate.of(2026, 3, 26), 5)).isFalse();
        assertThat(FineSigns.atPeriodEnd(LocalDate.of(2026, 12, 31), 1)).isTrue();
    }

    @Test
    void anAgencyWhoseFinesCrowdIntoMonthEndsAgainstItsOwnPastIsConcentrated() {
        List<Fine> fines = new ArrayList<>();
        // Window (July-September): 6 of 10 at month ends. Baseline (the year before): 4 of 24.
        for (int i = 0; i < 6; i++) fines.add(fine(1, LocalDate.of(2026, 7 + i % 3, 28), 100_000));
        for (int i = 0; i < 4; i++) fines.add(fine(1, LocalDate.of(2026, 7 + i % 3, 10), 100_000));
        for (int i = 0; i < 4; i++) fines.add(fine(1, LocalDate.of(2025, 8 + i, 29), 100_000));
        for (int i = 0; i < 20; i++) fines.add(fine(1, LocalDate.of(2025, 7, 12).plusMonths(i % 12), 100_000));

        Concentration agency = FineSigns.concentrations(fines, WINDOW_FROM, 5).get(0);

        assertThat(agency.fines()).isEqualTo(10);
        assertThat(agency.atEnd()).isEqualTo(6);
        assertThat(agency.atEndAmount()).isEqualTo(Money.ofFen(600_000));
        assertThat(agency.baselineFines()).isEqualTo(24);
        assertThat(agency.baselineAtEnd()).isEqualTo(4);
        assertThat(agency.share()).isEqualTo(0.6);
        assertThat(agency.concentrated(10, 20, 0.4, 2.0)).isTrue();
    }

    @Test
    void anAgencyThatAlwaysFinedAtMonthEndsIsNotConcentratedAgainstItself() {
        List<Fine> fines = new ArrayList<>();
        for (int i = 0; i < 6; i++) fines.add(fine(2, LocalDate.of(2026, 7 + i % 3, 28), 100_000));
        for (int i = 0; i < 4; i++) fines.add(fine(2, LocalDate.of(2026, 7 + i % 3, 10), 100_000));
        for (int i = 0; i < 12; i++) fines.add(fine(2, LocalDate.of(2025, 7, 29).plusMonths(i % 12), 100_000));
        for (int i = 0; i < 12; i++) fines.add(fine(2, LocalDate.of(2025, 7, 12).plusMonths(i % 12), 100_000));

        Concentration agency = FineSigns.concentrations(fines, WINDOW_FROM, 5).get(0);

        assertThat(agency.baselineShare()).isEqualTo(0.5);
        assertThat(agency.concentrated(10, 20, 0.4, 2.0)).isFalse();
        assertThat(agency.concentrated(10, 20, 0.4, 1.2)).isTrue();
    }

    @Test
    void tooFewFinesInTheWindowOrTheBaselineSayNothing() {
        List<Fine> fines = new ArrayList<>();
        for (int i = 0; i < 9; i++) fines.add(fine(3, LocalDate.of(2026, 8, 30), 100_000));
        for (int i = 0; i < 25; i++) fines.add(fine(3, LocalDate.of(2025, 9, 10), 100_000));
        assertThat(FineSigns.concentrations(fines, WINDOW_FROM, 5).get(0).concentrated(10, 20, 0.4, 2.0)).isFalse();

        fines.add(fine(3, LocalDate.of(2026, 8, 30), 100_000));
        assertThat(FineSigns.concentrations(fines, WINDOW_FROM, 5).get(0).concentrated(10, 20, 0.4, 2.0)).isTrue();
        assertThat(FineSigns.concentrations(fines, WINDOW_FROM, 5).get(0).concentrated(10, 26, 0.4, 2.0)).isFalse();
    }

    @Test
    void agenciesAreCountedApart() {
        List<Fine> fines = List.of(fine(1, LocalDate.of(2026, 7, 31), 1), fine(2, LocalDate.of(2026, 7, 1), 1));

        assertThat(FineSigns.concentrations(fines, WINDOW_FROM, 5))
                .extracting(Concentration::agencyId, Concentration::atEnd).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, 1), org.assertj.core.groups.Tuple.tuple(2L, 0));
    }

    @Test
    void aHandlerFarAboveTheMedianOfThePeersOfTheSameAgencyStandsOut() {
        LocalDate day = LocalDate.of(2026, 8, 3);
        List<Fine> fines = List.of(
                fine(1, day, 20_000_00, 11L), fine(1, day, 10_000_00, 11L), fine(1, day, 5_000_00, 11L, 12L),
                fine(1, day, 2_000_00, 13L), fine(1, day, 3_000_00, 14L),
                // Another agency's handler with a larger total is no peer of these.
                fine(2, day, 90_000_00, 21L));

        List<HandlerTotal> totals = FineSigns.handlerTotals(fines);
        HandlerTotal top = totals.stream().filter(total -> total.officerId() == 11).findFirst().orElseThrow();

        // 11: 350,000 yuan; peers 12 (5,000), 13 (2,000), 14 (3,000): median 3,000.
        assertThat(top.total()).isEqualTo(Money.ofYuan("35000"));
        assertThat(top.cases()).isEqualTo(3);
        assertThat(top.peers()).isEqualTo(3);
        assertThat(top.peersMedian()).isEqualTo(Money.ofYuan("3000"));
        assertThat(top.farAbovePeers(3, 3.0, Money.ofYuan("50000"))).isFalse();
        assertThat(top.farAbovePeers(3, 3.0, Money.ofYuan("30000"))).isTrue();
        assertThat(top.farAbovePeers(4, 3.0, Money.ofYuan("30000"))).isFalse();
        assertThat(totals).filteredOn(total -> total.officerId() != 11)
                .noneMatch(total -> total.farAbovePeers(1, 3.0, Money.ZERO) && total.agencyId() == 1);
        assertThat(totals.stream().filter(total -> total.officerId() == 21).findFirst().orElseThrow().peers())
                .isZero();
    }

    @Test
    void theMedianOfAnEvenNumberIsTheMeanOfTheTwoMiddleOnes() {
        assertThat(FineSigns.median(List.of(1L, 3L, 5L, 100L))).isEqualTo(4);
        assertThat(FineSigns.median(List.of(1L, 3L, 100L))).isEqualTo(3);
        assertThat(FineSigns.median(List.of())).isZero();
    }

    static Fine fine(long agency, LocalDate day, long fen, Long... handlers) {
        long id = nextCase++;
        return new Fine(id, "AJ" + id, agency, 500 + id, List.of(7L), List.of("CF-7"), List.of(handlers),
                Money.ofFen(fen), day);
    }
}
