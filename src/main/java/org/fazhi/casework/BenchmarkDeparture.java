package org.fazhi.casework;

import java.time.LocalDate;

import org.fazhi.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * A penalty decided outside its discretion benchmark (行政处罚法第三十四条), as the decision recorded it: the tier relied
 * on, the fine, whether the benchmark check found it within the tier (null: no check recorded) and the written
 * reason for leaving the tier (null or blank: none given).
 */
public record BenchmarkDeparture(long caseId, String caseCode, long agencyId, LocalDate decidedOn,
                                 @Nullable String tier, Money fine, @Nullable Boolean withinBenchmark,
                                 @Nullable String outsideReason) {

    /** The decision says why it leaves the tier. */
    public boolean justified() {
        return Boolean.FALSE.equals(withinBenchmark) && outsideReason != null && !outsideReason.isBlank();
    }
}
