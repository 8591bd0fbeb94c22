package org.fazhi.registry.officer;

import java.util.List;

import org.fazhi.shared.RegionCode;

/**
 * An enforcement officer (执法人员) of one agency. The ID number is never held in clear here: only its masked form
 * for display; the encrypted value and its keyed hash stay in the repository.
 *
 * @param areas enforcement area codes the officer works in
 */
public record Officer(long id, RegionCode region, long agencyId, String name, String idNumberMasked,
                      OfficerPost post, Establishment establishment, List<String> areas, OfficerStatus status,
                      int version) {

    public Officer {
        areas = List.copyOf(areas);
    }

    public boolean isActive() {
        return status == OfficerStatus.ACTIVE;
    }

    public boolean inEnforcementPost() {
        return post == OfficerPost.ENFORCEMENT;
    }
}
