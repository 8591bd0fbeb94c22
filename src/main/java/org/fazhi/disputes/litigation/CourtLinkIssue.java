package org.fazhi.disputes.litigation;

import java.time.LocalDate;

import org.fazhi.shared.RegionCode;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * An issue on the 府院联动 list (重点问题): raised at a meeting or between meetings, given to an agency with a day it
 * is due; resolved once (化解), with how. Resolved ÷ listed is the list's figure (seed D8).
 */
public record CourtLinkIssue(long id, RegionCode county, @Nullable Long meetingId, String issue, long agencyId,
                             LocalDate dueOn, @Nullable LocalDate resolvedOn, @Nullable String resolution,
                             int version) {

    /** Where an issue stands on a day: open, open past its due day, or resolved. */
    public enum Standing { OPEN, OVERDUE, RESOLVED }

    public Standing standingOn(LocalDate today) {
        if (resolvedOn != null) {
            return Standing.RESOLVED;
        }
        return dueOn.isBefore(today) ? Standing.OVERDUE : Standing.OPEN;
    }

    CourtLinkIssue resolved(LocalDate on, String how) {
        if (resolvedOn != null) {
            throw RuleViolation.of("disputes.court-link.refused.resolved", resolvedOn);
        }
        return new CourtLinkIssue(id, county, meetingId, issue, agencyId, dueOn, on, how, version);
    }
}
