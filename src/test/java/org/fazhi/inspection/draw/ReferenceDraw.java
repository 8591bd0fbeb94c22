package org.fazhi.inspection.draw;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * docs/draw-algorithm.md transcribed as plainly as possible, with lists and scans and none of RandomDraw's arrays
 * and bit sets: what a third party's verifier would write. Tests compare the two.
 */
final class ReferenceDraw {

    private ReferenceDraw() {
    }

    static DrawOutcome run(DrawInputs inputs) {
        SeedStream stream = new SeedStream(inputs.seed());
        List<PartyEntry> parties = new ArrayList<>(inputs.parties());
        parties.sort(Comparator.comparingLong(PartyEntry::partyId));
        List<PartyEntry> selected = new ArrayList<>();
        for (String grade : List.of("A", "B", "C", "D", "-")) {
            List<PartyEntry> stratum = new ArrayList<>(parties.stream().filter(p -> p.grade().equals(grade)).toList());
            int n = stratum.size();
            int k = inputs.rules().ratios().get(grade).multiply(BigDecimal.valueOf(n))
                    .setScale(0, RoundingMode.HALF_UP).intValue();
            for (int i = 0; i < Math.min(k, n); i++) {
                Collections.swap(stratum, i, i + stream.nextInt(n - i));
                selected.add(stratum.get(i));
            }
        }
        List<InspectorEntry> directory = new ArrayList<>(inputs.inspectors());
        directory.sort(Comparator.comparingLong(InspectorEntry::officerId));
        Set<Conflict> conflicts = new HashSet<>(inputs.conflicts());
        Map<Long, Integer> tasks = new HashMap<>();
        DrawRules rules = inputs.rules();
        List<Assignment> assignments = new ArrayList<>();
        List<Long> unstaffed = new ArrayList<>();
        for (PartyEntry party : selected) {
            List<Long> drawn = new ArrayList<>();
            Predicate<InspectorEntry> eligible = inspector -> !drawn.contains(inspector.officerId())
                    && !conflicts.contains(Conflict.withParty(inspector.officerId(), party.partyId()))
                    && !(rules.avoidResidence() && conflicts.contains(Conflict.livesIn(inspector.officerId(), party.township())))
                    && (rules.capPerInspector() == null || tasks.getOrDefault(inspector.officerId(), 0) < rules.capPerInspector());
            while (drawn.size() < rules.inspectorsPerParty()) {
                InspectorEntry pick = null;
                for (int attempt = 0; attempt < 32 && pick == null && !directory.isEmpty(); attempt++) {
                    InspectorEntry candidate = directory.get(stream.nextInt(directory.size()));
                    pick = eligible.test(candidate) ? candidate : null;
                }
                if (pick == null) {
                    List<InspectorEntry> all = directory.stream().filter(eligible).toList();
                    if (all.isEmpty()) {
                        break;
                    }
                    pick = all.get(stream.nextInt(all.size()));
                }
                drawn.add(pick.officerId());
                tasks.merge(pick.officerId(), 1, Integer::sum);
            }
            if (drawn.size() < rules.inspectorsPerParty()) {
                drawn.forEach(officer -> tasks.merge(officer, -1, Integer::sum));
                unstaffed.add(party.partyId());
            } else {
                assignments.add(new Assignment(party.partyId(), drawn));
            }
        }
        return new DrawOutcome(assignments, unstaffed);
    }
}
