package org.fazhi.inspection.draw;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What must hold for any directories: checked on 200 random ones, small and often tight, in no particular order. */
class RandomDrawPropertyTests {

    static LongStream directories() {
        return LongStream.rangeClosed(1, 200);
    }

    @ParameterizedTest
    @MethodSource("directories")
    void selectsEachStratumsShareOnceEach(long seed) {
        DrawInputs inputs = DrawFixtures.random(seed);
        DrawOutcome outcome = RandomDraw.run(inputs);

        List<Long> selected = new ArrayList<>(outcome.unstaffedPartyIds());
        outcome.assignments().forEach(assignment -> selected.add(assignment.partyId()));
        assertThat(selected).doesNotHaveDuplicates();
        Map<Long, PartyEntry> parties = new HashMap<>();
        inputs.parties().forEach(party -> parties.put(party.partyId(), party));
        for (String grade : PartyEntry.GRADES) {
            long stratum = inputs.parties().stream().filter(party -> party.grade().equals(grade)).count();
            long drawn = selected.stream().filter(id -> parties.get(id).grade().equals(grade)).count();
            assertThat(drawn).as("grade %s", grade).isEqualTo(inputs.rules().selectionCount(grade, (int) stratum));
        }
    }

    @ParameterizedTest
    @MethodSource("directories")
    void givesEachPartyEnoughDistinctEligibleInspectorsWithinTheCap(long seed) {
        DrawInputs inputs = DrawFixtures.random(seed);
        DrawRules rules = inputs.rules();
        DrawOutcome outcome = RandomDraw.run(inputs);
        Map<Long, PartyEntry> parties = new HashMap<>();
        inputs.parties().forEach(party -> parties.put(party.partyId(), party));
        Set<Long> directory = new HashSet<>();
        inputs.inspectors().forEach(inspector -> directory.add(inspector.officerId()));
        Set<Conflict> conflicts = new HashSet<>(inputs.conflicts());
        Map<Long, Integer> tasks = new HashMap<>();

        for (Assignment assignment : outcome.assignments()) {
            PartyEntry party = parties.get(assignment.partyId());
            assertThat(assignment.officerIds()).hasSize(rules.inspectorsPerParty()).doesNotHaveDuplicates();
            for (long officer : assignment.officerIds()) {
                assertThat(directory).contains(officer);
                assertThat(conflicts).doesNotContain(Conflict.withParty(officer, party.partyId()));
                if (rules.avoidResidence()) {
                    assertThat(conflicts).doesNotContain(Conflict.livesIn(officer, party.township()));
                }
                tasks.merge(officer, 1, Integer::sum);
            }
        }
        if (rules.capPerInspector() != null) {
            assertThat(tasks.values()).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(rules.capPerInspector()));
        }
    }

    /** Replays the draw in selection order: a party is unstaffed exactly when fewer eligible inspectors were left. */
    @ParameterizedTest
    @MethodSource("directories")
    void leavesAPartyUnstaffedOnlyWhenTooFewEligibleInspectorsRemain(long seed) {
        DrawInputs inputs = DrawFixtures.random(seed);
        DrawRules rules = inputs.rules();
        DrawOutcome outcome = RandomDraw.run(inputs);
        List<PartyEntry> selection = RandomDraw.selectParties(rules, inputs.parties(), new SeedStream(inputs.seed()));
        Map<Long, Assignment> assigned = new HashMap<>();
        outcome.assignments().forEach(assignment -> assigned.put(assignment.partyId(), assignment));
        Set<Conflict> conflicts = new HashSet<>(inputs.conflicts());
        Map<Long, Integer> tasks = new HashMap<>();

        for (PartyEntry party : selection) {
            long eligible = inputs.inspectors().stream().map(InspectorEntry::officerId)
                    .filter(officer -> !conflicts.contains(Conflict.withParty(officer, party.partyId())))
                    .filter(officer -> !rules.avoidResidence() || !conflicts.contains(Conflict.livesIn(officer, party.township())))
                    .filter(officer -> rules.capPerInspector() == null || tasks.getOrDefault(officer, 0) < rules.capPerInspector())
                    .count();
            Assignment assignment = assigned.get(party.partyId());
            assertThat(assignment == null).as("party %d unstaffed with %d eligible", party.partyId(), eligible)
                    .isEqualTo(eligible < rules.inspectorsPerParty());
            if (assignment != null) {
                assignment.officerIds().forEach(officer -> tasks.merge(officer, 1, Integer::sum));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("directories")
    void drawsLikeThePlainTranscriptionOfTheSpecification(long seed) {
        DrawInputs inputs = DrawFixtures.random(seed);

        assertThat(RandomDraw.run(inputs)).isEqualTo(ReferenceDraw.run(inputs));
    }
}
