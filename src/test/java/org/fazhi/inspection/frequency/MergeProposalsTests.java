package org.fazhi.inspection.frequency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class MergeProposalsTests {

    private static final long PARTY = 100;
    private static final long MARKET = 1;
    private static final long TAX = 2;
    private static final long FIRE = 3;

    @Test
    void mergesTwoAgenciesWhoseWindowsOverlapIntoTheDaysTheyShare() {
        List<MergeProposal> proposals = MergeProposals.find(List.of(
                task(11, MARKET, "2026-03-01", "2026-03-10"), task(12, TAX, "2026-03-05", "2026-03-20")));

        assertThat(proposals).containsExactly(
                new MergeProposal(PARTY, List.of(11L, 12L), date("2026-03-05"), date("2026-03-10")));
    }

    @Test
    void neverMergesTwoTasksOfOneAgencyByThemselves() {
        assertThat(MergeProposals.find(List.of(
                task(11, MARKET, "2026-03-01", "2026-03-10"), task(12, MARKET, "2026-03-05", "2026-03-20")))).isEmpty();
    }

    @Test
    void neverMergesVisitsToDifferentParties() {
        assertThat(MergeProposals.find(List.of(
                new PlannedVisit(11, 100, MARKET, date("2026-03-01"), date("2026-03-10")),
                new PlannedVisit(12, 200, TAX, date("2026-03-01"), date("2026-03-10"))))).isEmpty();
    }

    @Test
    void linksWindowsUpToTheWindowDaysApartBetweenTheEarliestEndAndLatestStart() {
        List<PlannedVisit> fifteenApart = List.of(task(11, MARKET, "2026-03-01", "2026-03-05"),
                task(12, TAX, "2026-03-20", "2026-03-31"));
        List<PlannedVisit> sixteenApart = List.of(task(11, MARKET, "2026-03-01", "2026-03-05"),
                task(12, TAX, "2026-03-21", "2026-03-31"));

        assertThat(MergeProposals.find(fifteenApart)).containsExactly(
                new MergeProposal(PARTY, List.of(11L, 12L), date("2026-03-05"), date("2026-03-20")));
        assertThat(MergeProposals.find(sixteenApart)).isEmpty();
        assertThat(MergeProposals.find(sixteenApart, 16)).hasSize(1);
        assertThat(MergeProposals.find(List.of(task(11, MARKET, "2026-03-01", "2026-03-05"),
                task(12, TAX, "2026-03-05", "2026-03-09")), 0)).hasSize(1); // touching on one day
    }

    @Test
    void groupsLinkedTasksTransitivelyIntoOneProposal() {
        List<MergeProposal> proposals = MergeProposals.find(List.of(task(13, FIRE, "2026-04-01", "2026-04-05"),
                task(11, MARKET, "2026-03-01", "2026-03-05"), task(12, TAX, "2026-03-15", "2026-03-20"),
                task(14, MARKET, "2026-03-25", "2026-03-25")));

        assertThat(proposals).containsExactly(
                new MergeProposal(PARTY, List.of(11L, 12L, 13L, 14L), date("2026-03-05"), date("2026-04-01")));
    }

    @Test
    void anAgencysTaskJoinsOnlyTheClusterItIsLinkedToByAnotherAgency() {
        List<MergeProposal> proposals = MergeProposals.find(List.of(task(11, MARKET, "2026-03-01", "2026-03-01"),
                task(12, MARKET, "2026-03-12", "2026-03-12"), task(13, TAX, "2026-03-25", "2026-03-25")));

        assertThat(proposals).containsExactly(
                new MergeProposal(PARTY, List.of(12L, 13L), date("2026-03-12"), date("2026-03-25")));
    }

    @Test
    void ordersProposalsByPartyThenDateWhateverTheInputOrder() {
        List<PlannedVisit> planned = new ArrayList<>(List.of(
                new PlannedVisit(1, 300, MARKET, date("2026-01-01"), date("2026-01-31")),
                new PlannedVisit(2, 300, TAX, date("2026-01-10"), date("2026-01-12")),
                new PlannedVisit(3, 200, MARKET, date("2026-09-01"), date("2026-09-30")),
                new PlannedVisit(4, 200, FIRE, date("2026-09-15"), date("2026-10-15")),
                new PlannedVisit(5, 200, TAX, date("2026-05-01"), date("2026-05-02")),
                new PlannedVisit(6, 200, FIRE, date("2026-05-02"), date("2026-05-03"))));
        List<MergeProposal> expected = List.of(
                new MergeProposal(200, List.of(5L, 6L), date("2026-05-02"), date("2026-05-02")),
                new MergeProposal(200, List.of(3L, 4L), date("2026-09-15"), date("2026-09-30")),
                new MergeProposal(300, List.of(1L, 2L), date("2026-01-10"), date("2026-01-12")));

        assertThat(MergeProposals.find(planned)).isEqualTo(expected);
        Collections.shuffle(planned, new Random(1));
        assertThat(MergeProposals.find(planned)).isEqualTo(expected);
    }

    private static PlannedVisit task(long taskId, long agencyId, String from, String to) {
        return new PlannedVisit(taskId, PARTY, agencyId, date(from), date(to));
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
