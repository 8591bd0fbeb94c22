package org.fazhi.disclosure.portal;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A decision's public page: what its result line says, when it was published, the items it cites, the redacted text
 * a paragraph per section, and for a withdrawn one the reason and day (行政处罚法第四十八条: withdrawn with the reason
 * shown).
 */
record PublicDecision(DecisionHit decision, LocalDate publishedOn, List<String> items, List<String> paragraphs,
                      @Nullable String withdrawalReason, @Nullable LocalDate withdrawnOn) {

    PublicDecision {
        items = List.copyOf(items);
        paragraphs = List.copyOf(paragraphs);
    }

    public boolean isWithdrawn() {
        return withdrawalReason != null;
    }
}
