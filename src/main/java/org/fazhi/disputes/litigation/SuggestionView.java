package org.fazhi.disputes.litigation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A suggestion as the API shows it, with whether it was replied on time and whether it is overdue today. */
public record SuggestionView(long id, SuggestionKind kind, String issuer, long agencyId, LocalDate receivedOn,
                             LocalDate replyDueOn, String content, @Nullable LocalDate repliedOn,
                             @Nullable String reply, @Nullable Boolean repliedOnTime, boolean overdue) {

    static SuggestionView of(Suggestion s, LocalDate today) {
        return new SuggestionView(s.id(), s.kind(), s.issuer(), s.agencyId(), s.receivedOn(), s.replyDueOn(),
                s.content(), s.repliedOn(), s.reply(), s.repliedOnTime(), s.isOverdueOn(today));
    }
}
