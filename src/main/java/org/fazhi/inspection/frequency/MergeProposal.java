package org.fazhi.inspection.frequency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A proposal to visit party {@code partyId} once for several agencies' tasks (联合检查, "综合查一次"), between
 * {@code suggestedFrom} and {@code suggestedTo}.
 */
public record MergeProposal(long partyId, List<Long> taskIds, LocalDate suggestedFrom, LocalDate suggestedTo) {

    public MergeProposal {
        taskIds = List.copyOf(taskIds);
    }

    /**
     * The suggested days are those all the windows share; when they share none, the days between the earliest end
     * and the latest start, so that no agency moves further than it must.
     */
    static MergeProposal of(long partyId, List<PlannedVisit> visits) {
        LocalDate latestStart = LocalDate.MIN;
        LocalDate earliestEnd = LocalDate.MAX;
        List<Long> taskIds = new ArrayList<>(visits.size());
        for (PlannedVisit visit : visits) {
            latestStart = visit.from().isAfter(latestStart) ? visit.from() : latestStart;
            earliestEnd = visit.to().isBefore(earliestEnd) ? visit.to() : earliestEnd;
            taskIds.add(visit.taskId());
        }
        Collections.sort(taskIds);
        return latestStart.isAfter(earliestEnd) ? new MergeProposal(partyId, taskIds, earliestEnd, latestStart)
                : new MergeProposal(partyId, taskIds, latestStart, earliestEnd);
    }
}
