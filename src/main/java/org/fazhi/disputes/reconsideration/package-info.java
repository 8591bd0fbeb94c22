/**
 * 行政复议: a case from receipt through examination (受理, 不予受理, 补正), the copy to the respondent and its answer,
 * the hearing, mediation or settlement, to the decision, each step within the 行政复议法's time limits on the
 * working-day calendar (第八十八条).
 */
@NullMarked
package org.fazhi.disputes.reconsideration;

import org.jspecify.annotations.NullMarked;
