package org.fazhi.disputes.litigation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A suggestion as received: its kind and issuer, the agency it is addressed to, the day, the reply due, the content. */
public record SuggestionForm(@Nullable SuggestionKind kind, @Nullable String issuer, @Nullable Long agencyId,
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate receivedOn,
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate replyDueOn,
                             @Nullable String content) {
}
