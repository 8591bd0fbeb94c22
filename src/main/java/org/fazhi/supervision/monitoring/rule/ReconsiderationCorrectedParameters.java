package org.fazhi.supervision.monitoring.rule;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * RECONSIDERATION_CORRECTED.
 *
 * @param lookbackDays reconsideration cases concluded within this many days before today are watched
 */
@ConfigurationProperties("fazhi.supervision.rules.reconsideration-corrected")
record ReconsiderationCorrectedParameters(@DefaultValue("365") int lookbackDays) {
}
