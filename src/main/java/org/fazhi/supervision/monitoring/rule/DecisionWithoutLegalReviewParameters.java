package org.fazhi.supervision.monitoring.rule;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * ART58_DECISION_WITHOUT_LEGAL_REVIEW. Which cases need 法制审核 is casework's rule (行政处罚法第五十八条, and
 * {@code fazhi.casework.legal-review-for-every-case}); the rule only chooses how far back it looks.
 *
 * @param lookbackDays decisions taken within this many days before today are watched; older ones are left to case-file
 *                     review (案卷评查), so an alert about one closes once it falls out of the window
 */
@ConfigurationProperties("fazhi.supervision.rules.art58-decision-without-legal-review")
record DecisionWithoutLegalReviewParameters(@DefaultValue("365") int lookbackDays) {
}
