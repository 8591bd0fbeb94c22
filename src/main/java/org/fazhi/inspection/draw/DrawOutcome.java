package org.fazhi.inspection.draw;

import java.util.List;

/**
 * What a draw decided: the selected parties with their inspectors, in selection order, and the selected parties
 * for which not enough eligible inspectors were left (未配齐检查人员), also in selection order.
 */
public record DrawOutcome(List<Assignment> assignments, List<Long> unstaffedPartyIds) {

    public DrawOutcome {
        assignments = List.copyOf(assignments);
        unstaffedPartyIds = List.copyOf(unstaffedPartyIds);
    }
}
