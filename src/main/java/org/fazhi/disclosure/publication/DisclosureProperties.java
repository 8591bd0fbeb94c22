package org.fazhi.disclosure.publication;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The publication rules a province may set; defaults are the national figures where there is one.
 *
 * @param publishWithinWorkingDays     a penalty decision is published within (国办发〔2018〕118号: 7 working days)
 * @param withdrawWithinWorkingDays    a changed or revoked decision's publication is withdrawn within (same notice: 3)
 * @param period                       how long a publication stays on the portal (provinces commonly set 3 years
 *                                     for penalties on legal persons; check local rule)
 * @param minorPeriod                  the shorter period for a minor penalty on a natural person (a warning only,
 *                                     or a fine up to {@code minorFineYuan}); provinces that shorten it say so
 * @param minorFineYuan                the largest fine on a natural person that still counts as minor
 * @param publishSimpleProcedure       whether 当场处罚 (简易程序) decisions are published too. Off by default:
 *                                     118号 asks for the decisions of the general procedure, an on-the-spot fine is
 *                                     at most ¥200 on a person (第五十一条), and publishing thousands of them would
 *                                     bury the decisions the public looks for; provinces that require it switch it on
 * @param publishNoPenalty             whether 不予行政处罚 decisions are published (off: no penalty was imposed)
 * @param autoPublishAfterHours        publish the redacted text unreviewed after this many hours; 0 leaves every
 *                                     publication to the legal office (the default)
 * @param checkInterval                how often the watch looks for overdue, automatic and expired publications
 */
@ConfigurationProperties("fazhi.disclosure")
record DisclosureProperties(
        @DefaultValue("7") int publishWithinWorkingDays,
        @DefaultValue("3") int withdrawWithinWorkingDays,
        @DefaultValue("P3Y") Period period,
        @DefaultValue("P6M") Period minorPeriod,
        @DefaultValue("1000") long minorFineYuan,
        @DefaultValue("false") boolean publishSimpleProcedure,
        @DefaultValue("false") boolean publishNoPenalty,
        @DefaultValue("0") int autoPublishAfterHours,
        @DefaultValue("PT10M") Duration checkInterval) {
}
