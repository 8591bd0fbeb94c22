package org.fazhi.governance.normative;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The county's terms for normative documents ({@code fazhi.governance.normative.*}), local rules that provinces set
 * differently: the public-comment period (at least 7 working days, 30 calendar days for documents closely tied to
 * businesses), in force 30 days after publication, filed with the higher government and the people's congress
 * standing committee within 30 days of publication, valid 5 years (暂行/试行 2), listed as expiring 90 days ahead.
 */
@ConfigurationProperties("fazhi.governance.normative")
public record NormativeProperties(
        @DefaultValue("7") int commentMinWorkingDays,
        @DefaultValue("30") int businessCommentMinDays,
        @DefaultValue("30") int effectiveAfterDays,
        @DefaultValue("30") int filingDays,
        @DefaultValue("5") int validYears,
        @DefaultValue("2") int provisionalValidYears,
        @DefaultValue("90") int expiryReminderDays) {
}
