package org.fazhi.disputes.litigation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A suggestion as received: its kind and issuer, the agency it is addressed to, the day, the reply due, the content. */
public record SuggestionForm(@Nullable SuggestionKind kind, @Nullable String issuer, @Nullable Long agencyId,
                             @Nullable LocalDate receivedOn, @Nullable LocalDate replyDueOn,
                             @Nullable String content) {
}
