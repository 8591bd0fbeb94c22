package org.fazhi.disputes.litigation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.fazhi.identity.SignedInUser;
import org.jspecify.annotations.Nullable;

/**
 * An issue as the 府院联动 pages show it: the responsible agency by name, where the issue stands today, the meeting
 * that listed it, and whether this user may record its resolution or revise it now.
 */
record CourtLinkIssueLine(long id, @Nullable Long meetingId, String issue, String agencyName, LocalDate dueOn,
                          CourtLinkIssue.Standing standing, @Nullable LocalDate resolvedOn,
                          @Nullable String resolution, boolean mayResolve, boolean mayRevise) {

    /** The lines of these issues: their agencies' names read at once, not one read a row. */
    static Function<CourtLinkIssue, CourtLinkIssueLine> of(List<CourtLinkIssue> shown, CourtLinkIssues issues,
                                                          SignedInUser user) {
        Map<Long, String> names = issues.agencyNames(shown.stream().map(CourtLinkIssue::agencyId).distinct().toList());
        LocalDate today = issues.today();
        return i -> new CourtLinkIssueLine(i.id(), i.meetingId(), i.issue(),
                names.getOrDefault(i.agencyId(), Long.toString(i.agencyId())), i.dueOn(), i.standingOn(today),
                i.resolvedOn(), i.resolution(), issues.mayResolve(user, i), issues.mayRevise(user, i));
    }
}
