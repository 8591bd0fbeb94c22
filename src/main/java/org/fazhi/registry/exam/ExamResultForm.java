package org.fazhi.registry.exam;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A score as the bureau records it: whose and how much. When correcting a score the officer stays the same, so
 * {@code officerId} may be left out; {@code version} is the one read.
 */
public record ExamResultForm(@Nullable Long officerId,
                             @NotNull(message = "{registry.exam.score.required}") @Nullable BigDecimal score,
                             int version) {

    public static ExamResultForm empty() {
        return new ExamResultForm(null, null, 0);
    }

    public static ExamResultForm of(ExamResult result) {
        return new ExamResultForm(result.officerId(), result.score(), result.version());
    }
}
