package org.fazhi.inspection.draw;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RandomDrawTests {

    @Test
    void sameInputsGiveTheSameOutcome() {
        assertThat(RandomDraw.run(DrawFixtures.county("2025-03-01"))).isEqualTo(RandomDraw.run(DrawFixtures.county("2025-03-01")));
    }

    @Test
    void theOrderOfTheDirectoriesDoesNotMatter() {
        DrawInputs inputs = DrawFixtures.county("order");
        List<PartyEntry> parties = new ArrayList<>(inputs.parties());
        List<InspectorEntry> inspectors = new ArrayList<>(inputs.inspectors());
        Collections.reverse(parties);
        Collections.reverse(inspectors);

        DrawInputs reversed = new DrawInputs(inputs.rules(), parties, inspectors, inputs.conflicts(), inputs.seed());

        assertThat(RandomDraw.run(reversed)).isEqualTo(RandomDraw.run(inputs));
    }

    @Test
    void aDifferentSeedGivesADifferentOutcome() {
        assertThat(RandomDraw.run(DrawFixtures.county("2025-03-01"))).isNotEqualTo(RandomDraw.run(DrawFixtures.county("2025-03-02")));
    }

    @Test
    void selectsRatioTimesStratumRoundedHalfUpFromEachGrade() {
        List<PartyEntry> parties = new ArrayList<>();
        addParties(parties, "A", 10, 100);
        addParties(parties, "B", 7, 200);
        addParties(parties, "C", 1, 300);
        addParties(parties, "D", 3, 400);
        addParties(parties, "-", 4, 500);
        DrawRules rules = DrawFixtures.rules("0.25", "0.5", "0.5", "0", "1", 2, null, false);

        List<PartyEntry> selected = RandomDraw.selectParties(rules, parties, new SeedStream("ratios"));

        // A 2.5 -> 3, B 3.5 -> 4, C 0.5 -> 1, D 0, unrated all 4; strata in grade order.
        assertThat(selected).extracting(PartyEntry::grade)
                .containsExactly("A", "A", "A", "B", "B", "B", "B", "C", "-", "-", "-", "-");
        assertThat(selected).doesNotHaveDuplicates();
    }

    @Test
    void drawsLikeTheSpecificationTranscribedPlainly() {
        DrawInputs inputs = DrawFixtures.county("reference");

        assertThat(RandomDraw.run(inputs)).isEqualTo(ReferenceDraw.run(inputs));
    }

    @Test
    void aCapOfOneTaskLeavesPartiesUnstaffedOnceTheInspectorsAreUsedUp() {
        List<PartyEntry> parties = new ArrayList<>();
        addParties(parties, "D", 10, 1);
        List<InspectorEntry> inspectors = List.of(new InspectorEntry(7, 1, "C7", "甲"), new InspectorEntry(8, 1, "C8", "乙"),
                new InspectorEntry(9, 1, "C9", "丙"));
        DrawRules rules = DrawFixtures.rules("0", "0", "0", "1", "0", 2, 1, false);

        DrawOutcome outcome = RandomDraw.run(new DrawInputs(rules, parties, inspectors, List.of(), "cap"));

        // The first party takes two of the three; each later one finds the third, cannot find a second, gives it back.
        assertThat(outcome.assignments()).hasSize(1);
        assertThat(outcome.unstaffedPartyIds()).hasSize(9);
    }

    @Test
    void everySelectedPartyIsUnstaffedWithoutInspectors() {
        DrawInputs inputs = DrawFixtures.county("empty");
        DrawOutcome outcome = RandomDraw.run(new DrawInputs(inputs.rules(), inputs.parties(), List.of(), List.of(), "empty"));

        assertThat(outcome.assignments()).isEmpty();
        assertThat(outcome.unstaffedPartyIds()).isNotEmpty();
    }

    @Test
    void refusesAPartyListedTwice() {
        List<PartyEntry> parties = List.of(new PartyEntry(1, "A", "1"), new PartyEntry(1, "B", "1"));
        DrawInputs inputs = new DrawInputs(DrawFixtures.rules("1", "1", "1", "1", "1", 2, null, false), parties,
                List.of(), List.of(), "twice");

        assertThatThrownBy(() -> RandomDraw.run(inputs)).hasMessageContaining("检查对象 1 在名录中出现不止一次");
    }

    private static void addParties(List<PartyEntry> parties, String grade, int count, long firstId) {
        for (int i = 0; i < count; i++) {
            parties.add(new PartyEntry(firstId + i, grade, "410425100"));
        }
    }
}
