/**
 * 行政应诉: lawsuits against the county's agencies by court and instance, the 15-day defence (行政诉讼法第六十七条),
 * each hearing with who appeared for the agency (第三条: 负责人出庭应诉), the outcome, and the loss rate (败诉率) as a
 * monthly cumulative series under the county's definition.
 */
@NullMarked
package org.fazhi.disputes.litigation;

import org.jspecify.annotations.NullMarked;
