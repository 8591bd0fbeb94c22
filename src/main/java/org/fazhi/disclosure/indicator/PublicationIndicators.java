package org.fazhi.disclosure.indicator;

import java.time.Clock;

import org.fazhi.identity.AgencyOptions;
import org.fazhi.platform.Indicator;
import org.fazhi.platform.Indicator.Unit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.fazhi.disclosure.indicator.PublicationTally.perAgency;

/**
 * The indicators of the publication of penalty decisions (国办发〔2018〕118号), each by the deciding agency; by month
 * when measured over a month. Publications: those published within the period (withdrawn or expired since
 * included). On-time rate: of the publications due within the period whose outcome is known (published, or still
 * pending past the due day), those published by the due day. Average working days from decision to publication
 * ({@link WorkingDaysToPublish}). Withdrawals within the period, in total and by the reason's kind (the Indicator
 * model holds figures, not texts, so the public reasons are counted by kind: reconsideration, court, a changed
 * decision, and the agency's own revocation or anything else). Expired: publications whose period ended within
 * the period and that left the portal.
 */
@Configuration(proxyBeanMethods = false)
class PublicationIndicators {

    private static final String WITHDRAWN_IN_PERIOD = "p.withdrawn_at >= :fromAt and p.withdrawn_at < :toAt";
    /** The reason's kind, in this order: a reason naming both reconsideration and a court counts as reconsideration. */
    private static final String RECONSIDERATION = "p.withdrawal_reason like '%复议%'";
    private static final String COURT = "p.withdrawal_reason ~ '(法院|判决|裁定)'";
    private static final String CHANGED = "p.withdrawal_reason like '%变更%'";

    @Bean
    Indicator publicationsIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return count("PUBLICATIONS", "p.published_on between :from and :to", jdbc, agencies, clock);
    }

    @Bean
    Indicator publicationOnTimeIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return new PublicationTally("PUBLICATION_ON_TIME_RATE", Unit.PERCENT, true, perAgency(
                "count(*) filter (where p.published_on <= p.due_on), count(*)",
                "p.due_on between :from and :to and (p.published_on is not null"
                        + " or (p.state = 'PENDING' and p.due_on < :today))"), jdbc, agencies, clock);
    }

    @Bean
    Indicator publicationDaysIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return new WorkingDaysToPublish(jdbc, agencies, clock);
    }

    @Bean
    Indicator withdrawalsIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return count("PUBLICATIONS_WITHDRAWN", WITHDRAWN_IN_PERIOD, jdbc, agencies, clock);
    }

    @Bean
    Indicator withdrawnOnReconsiderationIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return count("WITHDRAWN_ON_RECONSIDERATION", WITHDRAWN_IN_PERIOD + " and " + RECONSIDERATION, jdbc,
                agencies, clock);
    }

    @Bean
    Indicator withdrawnByCourtIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return count("WITHDRAWN_BY_COURT", WITHDRAWN_IN_PERIOD + " and not " + RECONSIDERATION + " and " + COURT,
                jdbc, agencies, clock);
    }

    @Bean
    Indicator withdrawnAsChangedIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return count("WITHDRAWN_AS_CHANGED", WITHDRAWN_IN_PERIOD + " and not " + RECONSIDERATION + " and not "
                + COURT + " and " + CHANGED, jdbc, agencies, clock);
    }

    @Bean
    Indicator withdrawnOtherwiseIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return count("WITHDRAWN_REVOKED_OR_OTHER", WITHDRAWN_IN_PERIOD + " and not " + RECONSIDERATION
                + " and not " + COURT + " and not " + CHANGED, jdbc, agencies, clock);
    }

    @Bean
    Indicator expiredIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return count("PUBLICATIONS_EXPIRED", "p.state = 'EXPIRED' and p.expires_on between :from and :to", jdbc,
                agencies, clock);
    }

    private static Indicator count(String code, String where, JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return new PublicationTally(code, Unit.CASES, false, perAgency("count(*), 0", where), jdbc, agencies, clock);
    }
}
