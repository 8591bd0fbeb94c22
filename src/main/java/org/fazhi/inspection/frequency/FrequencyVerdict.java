package org.fazhi.inspection.frequency;

import java.util.List;

/**
 * Whether a proposed inspection may go ahead, with the reasons in Chinese for the approver and the counts this
 * year before it: the proposing agency's, and all agencies' with a joint visit counted once.
 */
public record FrequencyVerdict(Outcome outcome, List<String> reasons, int agencyCount, int countyCount) {

    public FrequencyVerdict {
        reasons = List.copyOf(reasons);
    }

    public enum Outcome {
        /** Within the caps and no recent visit. */
        ALLOWED,
        /** Within the caps, but the enterprise was visited recently: the approver is told and decides. */
        WARNED,
        /** Over a cap: only a higher approver may let it go ahead. */
        ESCALATE,
        /** Over a cap, and the county does not allow exceptions. */
        REFUSED
    }
}
