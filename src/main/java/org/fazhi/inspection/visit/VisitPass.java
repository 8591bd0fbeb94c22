package org.fazhi.inspection.visit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a visit code vouches for: inspection task {@code taskId}, as approved in its {@code version}, may be carried
 * out from {@code windowFrom} to {@code windowTo} (both included, Beijing dates). The code itself stops working at
 * {@code expiresAt}, kept to the second.
 */
public record VisitPass(long taskId, int version, LocalDate windowFrom, LocalDate windowTo, Instant expiresAt) {

    public VisitPass {
        if (windowTo.isBefore(windowFrom)) {
            throw new IllegalArgumentException("The inspection window ends before it begins");
        }
    }
}
