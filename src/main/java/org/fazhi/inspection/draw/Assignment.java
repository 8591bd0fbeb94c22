package org.fazhi.inspection.draw;

import java.util.List;

/** A selected party and the inspectors drawn for it, in the order they were drawn. */
public record Assignment(long partyId, List<Long> officerIds) {

    public Assignment {
        officerIds = List.copyOf(officerIds);
        if (officerIds.isEmpty() || hasRepeats(officerIds)) {
            throw new IllegalArgumentException("检查对象 " + partyId + " 的执法人员为空或有重复：" + officerIds);
        }
    }

    private static boolean hasRepeats(List<Long> officerIds) {
        for (int i = 1; i < officerIds.size(); i++) {
            if (officerIds.subList(0, i).contains(officerIds.get(i))) {
                return true;
            }
        }
        return false;
    }
}
