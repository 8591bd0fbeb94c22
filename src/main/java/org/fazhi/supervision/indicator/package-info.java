/** 监管预警的指标: alerts raised, still open, resolved, dismissed, and the median working days to close, by agency. */
@NullMarked
package org.fazhi.supervision.indicator;

import org.jspecify.annotations.NullMarked;
