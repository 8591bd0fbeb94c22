package org.fazhi.disclosure.document;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A decision as the portal shows it: the redacted text as paragraphs ({@code 违法事实：…}, one per section), who
 * decided and when, and, for a withdrawn one, when and why it was withdrawn.
 */
record PublishedDecision(long id, String title, String decisionNumber, String agencyName, LocalDate decidedOn,
                         List<String> paragraphs, @Nullable LocalDate withdrawnOn,
                         @Nullable String withdrawalReason) {

    PublishedDecision {
        paragraphs = List.copyOf(paragraphs);
    }

    boolean withdrawn() {
        return withdrawnOn != null;
    }
}
