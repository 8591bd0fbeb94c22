package org.fazhi.inspection.enterprise;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One enterprise's rating of one visit. Shown as such only to supervisors; officers see averages. */
public record Evaluation(long taskId, int conduct, int professionalism, int burden, @Nullable String comment,
                         Instant ratedAt) {
}
