package org.fazhi.registry.access;

import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.shared.RegionCode;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may change what in the registry. Reading is decided by data scope; writing also by role:
 * the justice bureau (ADMIN, SUPERVISOR) keeps agencies, certificates and exams for its region, and an agency's
 * legal office (AGENCY_ADMIN) keeps its own officers and training records.
 */
public final class RegistryPermissions {

    private RegistryPermissions() {
    }

    /** Agencies, certificates, exams: the justice bureau's registers. */
    public static void requireBureau(SignedInUser user, RegionCode recordRegion) {
        if (!user.hasRole(Role.ADMIN, Role.SUPERVISOR) || !user.region().contains(recordRegion)) {
            throw new AccessDeniedException("registry: bureau role required");
        }
    }

    /** Officers and training: the bureau for its region, or the agency's own legal office. */
    public static void requireAgencyKeeper(SignedInUser user, RegionCode recordRegion, long agencyId) {
        boolean bureau = user.hasRole(Role.ADMIN, Role.SUPERVISOR) && user.region().contains(recordRegion);
        boolean ownLegalOffice = user.hasRole(Role.AGENCY_ADMIN) && Long.valueOf(agencyId).equals(user.agencyId());
        if (!bureau && !ownLegalOffice) {
            throw new AccessDeniedException("registry: may not change records of agency " + agencyId);
        }
    }

    public static boolean isBureau(SignedInUser user) {
        return user.hasRole(Role.ADMIN, Role.SUPERVISOR);
    }

    public static boolean canKeepAgency(SignedInUser user, long agencyId) {
        return isBureau(user) || user.hasRole(Role.AGENCY_ADMIN) && Long.valueOf(agencyId).equals(user.agencyId());
    }
}
