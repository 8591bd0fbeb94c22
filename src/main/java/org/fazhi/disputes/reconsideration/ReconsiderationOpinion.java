package org.fazhi.disputes.reconsideration;

import java.time.LocalDate;

import org.fazhi.shared.RegionCode;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * A 行政复议意见书 (行政复议法第七十六条): the body tells an agency of an unlawful or improper act it found while
 * handling a case and what to do about it; the agency reports, by the due day, the measures it took. Replied once;
 * a reply may not come before the opinion was issued.
 */
public record ReconsiderationOpinion(long id, String number, RegionCode county, long reconsiderationId,
                                     String reconsiderationNumber, long agencyId, String issue,
                                     String requiredAction, LocalDate issuedOn, LocalDate replyDue, String issuedBy,
                                     @Nullable LocalDate repliedOn, @Nullable String measures,
                                     @Nullable String repliedBy, int version) {

    private static final String LAW = "行政复议法第七十六条";

    public boolean isReplied() {
        return repliedOn != null;
    }

    /** Replied by the due day: null while the reply is still awaited. */
    public @Nullable Boolean repliedOnTime() {
        return repliedOn == null ? null : !repliedOn.isAfter(replyDue);
    }

    public boolean isOverdueOn(LocalDate today) {
        return repliedOn == null && replyDue.isBefore(today);
    }

    /** The agency's reply: the day and the measures taken. */
    ReconsiderationOpinion reply(LocalDate on, String taken, String by) {
        if (repliedOn != null) {
            throw new RuleViolation("disputes.opinion.refused.replied", LAW, repliedOn);
        }
        if (on.isBefore(issuedOn)) {
            throw new RuleViolation("disputes.reconsideration.refused.date-before", LAW, on, issuedOn);
        }
        return new ReconsiderationOpinion(id, number, county, reconsiderationId, reconsiderationNumber, agencyId,
                issue, requiredAction, issuedOn, replyDue, issuedBy, on, taken, by, version);
    }
}
