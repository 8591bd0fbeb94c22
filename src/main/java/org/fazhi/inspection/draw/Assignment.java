package org.fazhi.inspection.draw;

import java.util.List;

/** A selected party and the inspectors drawn for it, in the order they were drawn. */
public record Assignment(long partyId, List<Long> officerIds) {

    public Assignment {
        officerIds = List.copyOf(officerIds);
        if (officerIds.isEmpty() || officerIds.stream().distinct().count() != officerIds.size()) {
            throw new IllegalArgumentException("检查对象 " + partyId + " 的执法人员为空或有重复：" + officerIds);
        }
    }
}
