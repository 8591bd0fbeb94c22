package org.fazhi.supervision.monitoring.rule;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * LAWSUIT_LOST.
 *
 * @param lookbackDays lawsuits lost within this many days before today are watched
 */
@ConfigurationProperties("fazhi.supervision.rules.lawsuit-lost")
record LawsuitLostClueParameters(@DefaultValue("365") int lookbackDays) {
}
