package org.fazhi.inspection.conflict;

import java.time.LocalDate;

import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * 回避申报: an officer's declared conflict of interest — with one party (a relative runs it, a former employer),
 * or with a whole township where the officer lives. A draw never gives the officer such a party; a withdrawn
 * declaration no longer counts from the day it was withdrawn.
 */
public record ConflictDeclaration(long id, RegionCode region, long agencyId, long officerId, String officerName,
                                  @Nullable Long partyId, @Nullable String partyName, @Nullable RegionCode township,
                                  String reason, LocalDate declaredOn, String declaredBy,
                                  @Nullable LocalDate withdrawnOn) {

    public boolean isActive() {
        return withdrawnOn == null;
    }

    public boolean isResidence() {
        return township != null;
    }
}
