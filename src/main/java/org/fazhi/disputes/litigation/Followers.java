package org.fazhi.disputes.litigation;

import java.util.Objects;

import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who follows litigation matters (lawsuits, suggestions, 府院联动): the justice bureau (SUPERVISOR) and the
 * reconsideration body (RECONSIDERATION) of the county record everything; an agency's legal office (AGENCY_ADMIN)
 * reads its own agency's and records its part; leaders read. Everyone else is refused.
 */
final class Followers {

    private Followers() {
    }

    static boolean mayFollow(SignedInUser user) {
        return user.hasRole(Role.SUPERVISOR, Role.RECONSIDERATION);
    }

    /** The legal office of the agency concerned. */
    static boolean isAgency(SignedInUser user, long agencyId) {
        return user.hasRole(Role.AGENCY_ADMIN) && Objects.equals(user.agencyId(), agencyId);
    }

    static void requireReader(SignedInUser user) {
        if (!user.hasRole(Role.SUPERVISOR, Role.RECONSIDERATION, Role.LEADER, Role.AGENCY_ADMIN)) {
            throw new AccessDeniedException("disputes.litigation.readers-only");
        }
    }

    static void requireFollower(SignedInUser user) {
        if (!mayFollow(user)) {
            throw new AccessDeniedException("disputes.litigation.followers-only");
        }
    }

    /** A follower, or the legal office of the agency concerned. */
    static void requireFollowerOrAgency(SignedInUser user, long agencyId) {
        if (!mayFollow(user) && !isAgency(user, agencyId)) {
            throw new AccessDeniedException("disputes.litigation.followers-only");
        }
    }
}
