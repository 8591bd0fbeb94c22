package org.fazhi.disclosure;

import java.time.LocalDate;

import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * A decision's publication was withdrawn (撤回) because the decision was changed or revoked; the reason is public.
 * {@code publishedOn} is null when it was withdrawn before it was ever published. Published in the withdrawing
 * transaction.
 */
public record PublicationWithdrawn(long publicationId, long caseId, String decisionNumber, long agencyId,
                                   RegionCode county, LocalDate decidedOn, @Nullable LocalDate publishedOn,
                                   LocalDate withdrawnOn, String reason) {

    /** Whether the public ever saw it (the feed's consumers have something to remove). */
    public boolean wasPublished() {
        return publishedOn != null;
    }
}
