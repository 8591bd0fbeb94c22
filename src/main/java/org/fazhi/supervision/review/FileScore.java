package org.fazhi.supervision.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A file's result from its reviewers' totals: the average (one decimal, half up), the spread (highest − lowest),
 * whether the spread is large enough to flag for a second look, and whether the file is 优秀案卷 — which needs every
 * assigned reviewer to have scored it.
 */
public record FileScore(int assigned, List<BigDecimal> totals, @Nullable BigDecimal average,
                        @Nullable BigDecimal spread, boolean spreadFlagged, boolean excellent) {

    public static FileScore of(int assigned, List<BigDecimal> totals, ReviewChecklist checklist) {
        if (totals.isEmpty()) {
            return new FileScore(assigned, List.of(), null, null, false, false);
        }
        BigDecimal sum = totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal average = sum.divide(BigDecimal.valueOf(totals.size()), 1, RoundingMode.HALF_UP);
        BigDecimal spread = totals.stream().max(BigDecimal::compareTo).orElseThrow()
                .subtract(totals.stream().min(BigDecimal::compareTo).orElseThrow());
        boolean complete = totals.size() >= assigned;
        return new FileScore(assigned, List.copyOf(totals), average, spread,
                spread.compareTo(checklist.spreadFlag()) > 0,
                complete && average.compareTo(checklist.excellentFrom()) >= 0);
    }

    public boolean complete() {
        return assigned > 0 && totals.size() >= assigned;
    }
}
