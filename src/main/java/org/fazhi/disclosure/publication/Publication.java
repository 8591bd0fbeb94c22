package org.fazhi.disclosure.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.casework.DecisionText;
import org.fazhi.disclosure.redaction.Redaction;
import org.fazhi.platform.InvalidInput;
import org.fazhi.shared.RegionCode;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * The publication of one penalty decision (公示). Created PENDING when the decision is made, due on the working-day
 * calendar (国办发〔2018〕118号); while pending the legal office adds and removes redaction spans; publishing fixes the
 * redacted text and its period on the portal; a changed or revoked decision is WITHDRAWN with the reason shown
 * publicly (within 3 working days); a published one EXPIRES at the end of its period. The original text never
 * leaves the agency.
 */
record Publication(long id, Decision decision, LocalDate dueOn, boolean dueProvisional, PublicationState state,
                   Redaction redaction, @Nullable Instant publishedAt, @Nullable String publishedBy,
                   @Nullable LocalDate publishedOn, @Nullable LocalDate expiresOn, @Nullable Instant withdrawnAt,
                   @Nullable String withdrawnBy, @Nullable String withdrawalReason, int version) {

    private static final String ARTICLE = "国办发〔2018〕118号";

    /** What was decided, as the decision document says it; never changes. */
    record Decision(long caseId, String decisionNumber, long agencyId, RegionCode county, LocalDate decidedOn,
                    String kind, String partyName, boolean naturalPerson, boolean minor, String penalties,
                    long fineFen, String items, List<DecisionText.Section> sections) {

        Decision {
            sections = List.copyOf(sections);
        }
    }

    static Publication pending(Decision decision, LocalDate dueOn, boolean provisional, Redaction redaction) {
        return new Publication(0, decision, dueOn, provisional, PublicationState.PENDING, redaction, null, null, null,
                null, null, null, null, 0);
    }

    /** The legal office changed the redaction; only before publication (afterwards: withdraw and publish anew). */
    Publication redacted(Redaction changed) {
        requirePending();
        return new Publication(id, decision, dueOn, dueProvisional, state, changed, publishedAt, publishedBy,
                publishedOn, expiresOn, withdrawnAt, withdrawnBy, withdrawalReason, version);
    }

    /** 公开: the redacted text goes on the portal until {@code expiresOn}. */
    Publication published(String by, Instant at, LocalDate on, java.time.Period period) {
        requirePending();
        return new Publication(id, decision, dueOn, dueProvisional, PublicationState.PUBLISHED, redaction, at, by, on,
                on.plus(period), withdrawnAt, withdrawnBy, withdrawalReason, version);
    }

    /** 撤回: the decision was changed or revoked; the reason is required because it is shown publicly. */
    Publication withdrawn(@Nullable String reason, String by, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", "disclosure.withdrawal.reason.required");
        }
        if (state != PublicationState.PENDING && state != PublicationState.PUBLISHED) {
            throw new RuleViolation("disclosure.publication.not-withdrawable", ARTICLE);
        }
        return new Publication(id, decision, dueOn, dueProvisional, PublicationState.WITHDRAWN, redaction,
                publishedAt, publishedBy, publishedOn, expiresOn, at, by, reason.strip(), version);
    }

    /** Pending past its due day: the agency has missed the period. */
    boolean isOverdueOn(LocalDate today) {
        return state == PublicationState.PENDING && today.isAfter(dueOn);
    }

    private void requirePending() {
        if (state != PublicationState.PENDING) {
            throw new RuleViolation("disclosure.publication.not-pending", ARTICLE);
        }
    }
}
