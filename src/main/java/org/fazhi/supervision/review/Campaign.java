package org.fazhi.supervision.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * A review campaign (评查活动) as stored: announced with its frozen directory and commitment, then drawn with the
 * public value entered and the secret revealed, then finished once every drawn file is scored.
 */
public record Campaign(long id, RegionCode region, String code, String name, int year, LocalDate periodFrom,
                       LocalDate periodTo, List<Long> agencyIds, SampleSize sampleSize, ReviewState state,
                       String randomnessSource, @Nullable String randomnessIssue, Instant readingAt,
                       Instant publishedAt, String commitment, String directoryDigest, int directoryCount,
                       @Nullable String publicValue, List<String> witnesses, @Nullable String enteredBy,
                       @Nullable Instant enteredAt, @Nullable String secret, @Nullable String seed,
                       @Nullable LocalDate finishedOn, int version) {

    public Campaign {
        agencyIds = List.copyOf(agencyIds);
        witnesses = List.copyOf(witnesses);
    }

    public boolean isDrawn() {
        return state != ReviewState.ANNOUNCED;
    }
}
