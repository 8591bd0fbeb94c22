package org.fazhi.supervision.monitoring.rule;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * FEWER_THAN_TWO_OFFICERS.
 *
 * @param lookbackDays acts done within this many days before today are watched
 */
@ConfigurationProperties("fazhi.supervision.rules.fewer-than-two-officers")
record FewerThanTwoOfficersParameters(@DefaultValue("365") int lookbackDays) {
}
