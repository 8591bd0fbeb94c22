package org.fazhi.disclosure.publication;

import org.fazhi.casework.DecisionTexts;
import org.fazhi.casework.PenaltyDecided;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every decision that must be published becomes a pending publication in the decision's own transaction, as the
 * other modules' listeners do (casework's clues from inspections): the decision and its duty to publish commit
 * together, so no decision is ever left unpublished by a lost event. The text is read from the decision document
 * just issued in the same transaction.
 */
@Component
class PublicationOfDecisions {

    private final DecisionTexts decisions;
    private final Publications publications;

    PublicationOfDecisions(DecisionTexts decisions, Publications publications) {
        this.decisions = decisions;
        this.publications = publications;
    }

    @EventListener
    void on(PenaltyDecided decided) {
        decisions.of(decided.caseId()).ifPresent(publications::register);
    }
}
