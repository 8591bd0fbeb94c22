package org.fazhi.supervision.round;

import java.time.Instant;

import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.RecordLink;
import org.jspecify.annotations.Nullable;

/**
 * A problem found (监督发现问题), classed by category and type, about a record when there is one; listed in the
 * agency's 监督意见书 once issued ({@code opinionId}); possibly passed on to the discipline body ({@code clue}).
 */
record Finding(long id, RegionCode county, long agencyId, String source, @Nullable Long roundId,
               String categoryName, String typeCode, String typeName, String description,
               @Nullable RecordLink subject, @Nullable Long opinionId, String recordedBy, Instant recordedAt,
               @Nullable DisciplineClue clue) {

    /** The subject's page, or null. */
    public @Nullable String subjectHref() {
        return subject == null ? null : subject.href().orElse(null);
    }
}
