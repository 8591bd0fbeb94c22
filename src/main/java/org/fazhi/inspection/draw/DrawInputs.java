package org.fazhi.inspection.draw;

import java.util.List;

/**
 * Everything a draw depends on, all of it published: recomputing {@link RandomDraw#run} from these gives the same
 * outcome on any machine. The order of the lists does not matter; the draw sorts them.
 */
public record DrawInputs(DrawRules rules, List<PartyEntry> parties, List<InspectorEntry> inspectors,
        List<Conflict> conflicts, String seed) {

    public DrawInputs {
        parties = List.copyOf(parties);
        inspectors = List.copyOf(inspectors);
        conflicts = List.copyOf(conflicts);
        if (seed == null || seed.isBlank()) {
            throw new IllegalArgumentException("抽取种子不能为空");
        }
    }
}
