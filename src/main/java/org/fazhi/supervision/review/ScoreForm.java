package org.fazhi.supervision.review;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A reviewer's scoring of one file: the points given per checklist item (by item code), the problems found (each
 * against an item), and a remark.
 */
public record ScoreForm(@Nullable Map<String, BigDecimal> points, @Nullable List<FoundProblem> problems,
                        @Nullable String comment) {

    /** A problem found, against a checklist item. */
    public record FoundProblem(@Nullable String item, @Nullable String text) {
    }

    public ScoreForm {
        points = points == null ? new LinkedHashMap<>() : new LinkedHashMap<>(points);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }
}
