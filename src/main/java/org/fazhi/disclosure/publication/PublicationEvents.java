package org.fazhi.disclosure.publication;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

import org.fazhi.disclosure.DecisionPublished;
import org.fazhi.disclosure.PublicationWithdrawn;

/**
 * The module's public record of a publication's change of state, published in the transaction that makes it (so
 * supervision and the feed learn of exactly the changes that commit): publishing and withdrawing. Redaction
 * edits are no event; expiry is announced by the watch.
 */
final class PublicationEvents {

    private PublicationEvents() {
    }

    static Optional<Object> of(Publication before, Publication after, ZoneId zone) {
        if (before.state() == after.state()) {
            return Optional.empty();
        }
        Publication.Decision d = after.decision();
        return switch (after.state()) {
            case PUBLISHED -> Optional.of(new DecisionPublished(after.id(), d.caseId(), d.decisionNumber(),
                    d.agencyId(), d.county(), d.decidedOn(), after.dueOn(), Objects.requireNonNull(after.publishedOn()),
                    Objects.requireNonNull(after.expiresOn())));
            case WITHDRAWN -> Optional.of(new PublicationWithdrawn(after.id(), d.caseId(), d.decisionNumber(),
                    d.agencyId(), d.county(), d.decidedOn(), after.publishedOn(),
                    LocalDate.ofInstant(Objects.requireNonNull(after.withdrawnAt()), zone),
                    Objects.requireNonNull(after.withdrawalReason())));
            default -> Optional.empty();
        };
    }
}
