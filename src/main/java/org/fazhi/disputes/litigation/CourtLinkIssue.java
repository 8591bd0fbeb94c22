package org.fazhi.disputes.litigation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.shared.RegionCode;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * An issue on the 府院联动 list (重点问题): raised at a meeting or between meetings, given to an agency with a day it
 * is due; revised (its wording, agency or due day) while open; resolved once (化解), with how. Resolved ÷ listed is
 * the list's figure (seed D8).
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

    /** 修改: the issue as the followers now word it, as read at {@code readVersion}; a resolved issue stays as it was. */
    CourtLinkIssue revised(String wording, long agency, LocalDate due, int readVersion) {
        if (resolvedOn != null) {
            throw RuleViolation.of("disputes.court-link.refused.revise-resolved", resolvedOn);
        }
        return new CourtLinkIssue(id, county, meetingId, wording, agency, due, null, null, readVersion);
    }

    /** The listing's fields (wording, agency, due day) that differ from {@code before}, for the audit trail. */
    List<String> changedFrom(CourtLinkIssue before) {
        List<String> changed = new ArrayList<>();
        if (!issue.equals(before.issue)) {
            changed.add("issue");
        }
        if (agencyId != before.agencyId) {
            changed.add("agencyId");
        }
        if (!dueOn.equals(before.dueOn)) {
            changed.add("dueOn");
        }
        return changed;
    }

    CourtLinkIssue resolved(LocalDate on, String how) {
        if (resolvedOn != null) {
            throw RuleViolation.of("disputes.court-link.refused.resolved", resolvedOn);
        }
        return new CourtLinkIssue(id, county, meetingId, issue, agencyId, dueOn, on, how, version);
    }
}
