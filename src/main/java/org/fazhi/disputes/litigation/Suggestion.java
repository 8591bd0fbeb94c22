package org.fazhi.disputes.litigation;

import java.time.LocalDate;

import org.fazhi.shared.RegionCode;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * A judicial or procuratorial suggestion (司法建议 / 检察建议) to one of the county's agencies. Life cycle: received
 * with the day its reply is due (the issuer's, or the county's default period); replied once, on a day not before
 * receipt. A reply after the due day still counts as replied, not as replied on time (按期办复率, F8).
 */
public record Suggestion(long id, RegionCode county, SuggestionKind kind, String issuer, long agencyId,
                         LocalDate receivedOn, LocalDate replyDueOn, String content, @Nullable LocalDate repliedOn,
                         @Nullable String reply, int version) {

    /** 办复. */
    Suggestion replied(LocalDate on, String text) {
        if (repliedOn != null) {
            throw RuleViolation.of("disputes.suggestion.refused.replied", repliedOn);
        }
        if (on.isBefore(receivedOn)) {
            throw RuleViolation.of("disputes.litigation.refused.date-before", on, receivedOn);
        }
        return new Suggestion(id, county, kind, issuer, agencyId, receivedOn, replyDueOn, content, on, text, version);
    }

    /** Replied by the due day; null while not replied. */
    public @Nullable Boolean repliedOnTime() {
        return repliedOn == null ? null : !repliedOn.isAfter(replyDueOn);
    }

    public boolean isOverdueOn(LocalDate today) {
        return repliedOn == null && today.isAfter(replyDueOn);
    }
}
