package org.fazhi.supervision.indicator;

import java.time.Clock;

import org.fazhi.identity.AgencyOptions;
import org.fazhi.platform.Indicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The alerts' indicators, by the agency an alert concerns: raised within the period; still open (open or
 * acknowledged) at its end, among those raised by then; resolved and dismissed by a supervisor within the period;
 * the median working days from raising to ending (resolved, dismissed or cleared) of those ended within it. Counts
 * by rule are the inbox's and the API's ({@code /api/v1/supervision/alerts/counts?by=rule}).
 */
@Configuration(proxyBeanMethods = false)
class AlertIndicators {

    @Bean
    Indicator alertsRaisedIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return new AlertTally("ALERTS_RAISED", "a.raised_on between :from and :to", false, jdbc, agencies, clock);
    }

    @Bean
    Indicator alertsOpenIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return new AlertTally("ALERTS_OPEN", "a.raised_on <= :to and (a.ended_on is null or a.ended_on > :to)", false,
                jdbc, agencies, clock);
    }

    @Bean
    Indicator alertsResolvedIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return new AlertTally("ALERTS_RESOLVED", "a.state = 'RESOLVED' and a.ended_on between :from and :to", false,
                jdbc, agencies, clock);
    }

    @Bean
    Indicator alertsDismissedIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return new AlertTally("ALERTS_DISMISSED", "a.state = 'DISMISSED' and a.ended_on between :from and :to", false,
                jdbc, agencies, clock);
    }

    @Bean
    Indicator alertDaysToCloseIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return new AlertTally("ALERT_WORKING_DAYS_TO_CLOSE", "a.ended_on between :from and :to", true, jdbc,
                agencies, clock);
    }
}
