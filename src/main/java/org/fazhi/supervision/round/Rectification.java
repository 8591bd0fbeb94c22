package org.fazhi.supervision.round;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.platform.files.StoredFile;
import org.jspecify.annotations.Nullable;

/** 整改措施: one answer of the agency to an opinion, with its evidence files, and the supervisor's verdict on it. */
record Rectification(long id, long opinionId, long agencyId, String measures, String submittedBy,
                     LocalDate submittedOn, String state, @Nullable String reviewedBy, @Nullable LocalDate reviewedOn,
                     @Nullable String reviewNote, List<StoredFile> evidence) {

    static final String RECORD_TYPE = "supervision.rectification";

    Rectification {
        evidence = List.copyOf(evidence);
    }
}
