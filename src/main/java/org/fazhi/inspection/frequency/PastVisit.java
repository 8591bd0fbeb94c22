package org.fazhi.inspection.frequency;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One agency's visit to the enterprise, done or planned. A joint visit (one visit, several agencies) appears once
 * per agency with {@code joint} set; its lines share a {@code visitId}, or else their date and kind, so that it
 * counts once toward the cap across agencies.
 */
public record PastVisit(LocalDate date, long agencyId, VisitKind kind, boolean joint, @Nullable Long visitId) {

    public PastVisit(LocalDate date, long agencyId, VisitKind kind, boolean joint) {
        this(date, agencyId, kind, joint, null);
    }

    /** What the lines of one joint visit have in common. */
    String jointVisitKey() {
        return visitId != null ? "#" + visitId : date + " " + kind;
    }
}
