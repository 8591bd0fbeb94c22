package org.fazhi.supervision.monitoring.rule;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * PENALTY_OUTSIDE_BENCHMARK.
 *
 * @param lookbackDays        decisions taken within this many days before today are watched
 * @param justifiedDepartures also raise a departure whose decision gives its reason (行政处罚法第三十四条 allows one, so
 *                            the alert asks the supervisor to weigh the reason; the seed's 「裁量基准适用还不够规范」 asks
 *                            for deviations to be flagged); false: only departures without a reason and penalties
 *                            with no benchmark check recorded
 */
@ConfigurationProperties("fazhi.supervision.rules.penalty-outside-benchmark")
record PenaltyOutsideBenchmarkParameters(@DefaultValue("365") int lookbackDays,
                                         @DefaultValue("true") boolean justifiedDepartures) {
}
