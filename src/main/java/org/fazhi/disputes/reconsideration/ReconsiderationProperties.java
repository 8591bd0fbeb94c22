package org.fazhi.disputes.reconsideration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The time limits of the 行政复议法 (2023) as the county may set them ({@code fazhi.disputes.reconsideration.*}).
 * Working-day limits count working days after the starting day (第八十八条); the others are calendar days, ending
 * on the next working day when the last falls on a day off. The closure rate (F10) counts the cases carried over
 * open from before the period in its denominator when {@code closureRateWithCarryOver} is set.
 */
@ConfigurationProperties("fazhi.disputes.reconsideration")
public record ReconsiderationProperties(
        @DefaultValue("60") int applicationDays,
        @DefaultValue("12") int unexplainedRightMonths,
        @DefaultValue("5") int examinationWorkingDays,
        @DefaultValue("10") int correctionWorkingDays,
        @DefaultValue("7") int copyWorkingDays,
        @DefaultValue("10") int answerWorkingDays,
        @DefaultValue("5") int hearingNoticeWorkingDays,
        @DefaultValue("60") int decisionDays,
        @DefaultValue("30") int simplifiedDecisionDays,
        @DefaultValue("30") int extensionDays,
        @DefaultValue("false") boolean closureRateWithCarryOver) {
}
