package org.fazhi.supervision.round;

import java.util.Objects;

import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.shared.RegionCode;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what with rounds and opinions: supervisors (司法局执法监督科) of the county run rounds, issue and
 * accept; an agency's legal office (法制机构) sees what concerns its agency and answers; leaders and administrators
 * read. Anyone else is refused (403); a record outside the caller's scope is not found (404), decided by the
 * services with {@link #sees}.
 */
final class Callers {

    private Callers() {
    }

    static void requireReader(SignedInUser user) {
        if (!user.hasRole(Role.SUPERVISOR, Role.AGENCY_ADMIN, Role.LEADER, Role.ADMIN)) {
            throw new AccessDeniedException("supervision.round.readers-only");
        }
    }

    static void requireSupervisor(SignedInUser user) {
        if (!user.hasRole(Role.SUPERVISOR)) {
            throw new AccessDeniedException("supervision.round.supervisors-only");
        }
    }

    /** Whether the record of this agency in this county is the caller's to see. */
    static boolean sees(SignedInUser user, RegionCode county, long agencyId) {
        return user.scope().covers(county, agencyId);
    }

    /** The agency's own legal office, which answers its opinions. */
    static boolean isLegalOfficeOf(SignedInUser user, long agencyId) {
        return user.hasRole(Role.AGENCY_ADMIN) && Objects.equals(user.agencyId(), agencyId);
    }
}
