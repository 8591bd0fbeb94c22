package org.fazhi.catalog.scope;

import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may keep the benchmarks and flexible-list entries of an item: the justice bureau (ADMIN, SUPERVISOR) for
 * every item of its region, an agency's legal office (AGENCY_ADMIN) for its own agency's items. Reading is decided
 * by data scope alone.
 */
public final class ItemKeepers {

    private ItemKeepers() {
    }

    public static boolean mayKeep(SignedInUser user, ItemRef item) {
        boolean bureau = user.hasRole(Role.ADMIN, Role.SUPERVISOR) && user.region().contains(item.region());
        boolean ownLegalOffice = user.hasRole(Role.AGENCY_ADMIN) && Long.valueOf(item.agencyId()).equals(user.agencyId());
        return bureau || ownLegalOffice;
    }

    public static void requireKeeper(SignedInUser user, ItemRef item) {
        if (!mayKeep(user, item)) {
            throw new AccessDeniedException("catalog: may not keep records of item " + item.id());
        }
    }

    /** Whether the user keeps any items at all: decides whether "new" buttons show. */
    public static boolean keepsAny(SignedInUser user) {
        return user.hasRole(Role.ADMIN, Role.SUPERVISOR) || user.hasRole(Role.AGENCY_ADMIN) && user.agencyId() != null;
    }
}
