package org.fazhi.inspection.enterprise;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** 企业评价执法: 1 to 5 on the officers' conduct, their professionalism, and how light the burden was. */
public record EvaluationForm(
        @NotNull(message = "{inspection.evaluation.score.required}") @Min(value = 1, message = "{inspection.evaluation.score.range}") @Max(value = 5, message = "{inspection.evaluation.score.range}") @Nullable Integer conduct,
        @NotNull(message = "{inspection.evaluation.score.required}") @Min(value = 1, message = "{inspection.evaluation.score.range}") @Max(value = 5, message = "{inspection.evaluation.score.range}") @Nullable Integer professionalism,
        @NotNull(message = "{inspection.evaluation.score.required}") @Min(value = 1, message = "{inspection.evaluation.score.range}") @Max(value = 5, message = "{inspection.evaluation.score.range}") @Nullable Integer burden,
        @Nullable @Size(max = 500, message = "{inspection.evaluation.comment.size}") String comment) {
}
