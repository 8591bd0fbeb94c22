package org.fazhi.inspection.checklist;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an inspection recorded at one check point, with the point's text as it was then (the catalog may change
 * later; the record still reads as the inspection saw it).
 *
 * @param agencyId the agency whose point it is (in a joint visit each agency records its own)
 * @param cited    a 不符合 point the inspection's conclusion cites
 */
public record CheckRecord(long taskId, long checkPointId, long itemId, long agencyId, int position, String content,
                          String standard, @Nullable String legalBasis, boolean keyPoint, CheckOutcome outcome,
                          @Nullable String note, boolean cited, String recordedBy, Instant recordedAt, int version,
                          List<CheckPhoto> photos) {

    public CheckRecord {
        photos = List.copyOf(photos);
    }

    public boolean isNonconforming() {
        return outcome == CheckOutcome.NONCONFORMING;
    }
}
