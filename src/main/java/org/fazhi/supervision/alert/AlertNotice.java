package org.fazhi.supervision.alert;

import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.monitoring.Subject;
import org.jspecify.annotations.Nullable;

/** An alert as the monitoring raised or cleared it (and as a screen is told of it). */
public record AlertNotice(long id, String ruleCode, Subject subject, RegionCode county, @Nullable Long agencyId,
                          String summary, AlertState state) {
}
