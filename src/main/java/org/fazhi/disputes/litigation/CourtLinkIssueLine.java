package org.fazhi.disputes.litigation;

import java.time.LocalDate;

import org.fazhi.identity.SignedInUser;
import org.jspecify.annotations.Nullable;

/**
 * An issue as the 府院联动 pages show it: the responsible agency by name, where the issue stands today, the meeting
 * that listed it, and whether this user may record its resolution or revise it now.
 */
record CourtLinkIssueLine(long id, @Nullable Long meetingId, String issue, String agencyName, LocalDate dueOn,
                          CourtLinkIssue.Standing standing, @Nullable LocalDate resolvedOn,
                          @Nullable String resolution, boolean mayResolve, boolean mayRevise) {

    static CourtLinkIssueLine of(CourtLinkIssue i, CourtLinkIssues issues, SignedInUser user) {
        return new CourtLinkIssueLine(i.id(), i.meetingId(), i.issue(), issues.agencyName(i.agencyId()),
                i.dueOn(), i.standingOn(issues.today()), i.resolvedOn(), i.resolution(),
                issues.mayResolve(user, i), issues.mayRevise(user, i));
    }
}
