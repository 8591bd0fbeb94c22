package org.fazhi.supervision.transfer;

import java.time.Clock;

import org.fazhi.identity.AgencyOptions;
import org.fazhi.platform.Indicator;
import org.fazhi.platform.Indicator.Unit;
import org.fazhi.supervision.round.RoundTally;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.fazhi.supervision.round.RoundTally.perAgency;

/**
 * The figures of 三法衔接 (seed requirements TR1, TR2), each by the agency transferring: transfers proposed within
 * the period (in all and by kind), handed over, and the receiving body's last decision within it (filed or not);
 * not approved by the head; still open at its end. On-time rates: of the hand-over limits (24 hours) and the
 * police's decision limits (3 days) that fell within the period and whose outcome is known (met, or past), those
 * met in time; a limit the agency no longer needed (another way chosen) counts in neither.
 */
@Configuration(proxyBeanMethods = false)
class TransferIndicators {

    private static final String TRANSFERS = "supervision.transfer t";
    private static final String PROPOSED = "(t.proposed_at at time zone 'Asia/Shanghai')::date between :from and :to";
    private static final String DECIDED = "t.decided_on between :from and :to";

    @Bean
    Indicator transfersProposedIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return count("TRANSFERS_PROPOSED", PROPOSED, jdbc, agencies, clock);
    }

    @Bean
    Indicator transfersToPoliceIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return count("TRANSFERS_PUBLIC_SECURITY", PROPOSED + " and t.kind = 'PUBLIC_SECURITY'", jdbc, agencies,
                clock);
    }

    @Bean
    Indicator transfersToCommissionIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return count("TRANSFERS_SUPERVISION_COMMISSION", PROPOSED + " and t.kind = 'SUPERVISION_COMMISSION'", jdbc,
                agencies, clock);
    }

    @Bean
    Indicator transfersHandedOverIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return count("TRANSFERS_HANDED_OVER",
                "(t.handed_over_at at time zone 'Asia/Shanghai')::date between :from and :to", jdbc, agencies, clock);
    }

    @Bean
    Indicator transfersFiledIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return count("TRANSFERS_FILED", DECIDED
                + " and (t.state = 'FILED' or t.outcome in ('EXHIBITS_HANDED_OVER', 'ACCEPTED'))", jdbc, agencies,
                clock);
    }

    @Bean
    Indicator transfersNotFiledIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return count("TRANSFERS_NOT_FILED", DECIDED + " and (t.state in ('NOT_FILED', 'RECONSIDERATION', "
                + "'PROCURATORATE') or t.outcome in ('ADMINISTRATIVE_CONTINUES', 'DECLINED'))", jdbc, agencies, clock);
    }

    @Bean
    Indicator transfersNotApprovedIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return count("TRANSFERS_NOT_APPROVED", "t.state = 'NOT_APPROVED' and t.closed_on between :from and :to", jdbc,
                agencies, clock);
    }

    @Bean
    Indicator transfersOpenIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return count("TRANSFERS_OPEN", "(t.proposed_at at time zone 'Asia/Shanghai')::date <= :to "
                + "and (t.closed_on is null or t.closed_on > :to)", jdbc, agencies, clock);
    }

    @Bean
    Indicator handoverOnTimeIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return onTime("TRANSFER_HANDOVER_ON_TIME_RATE", "HANDOVER", "", jdbc, agencies, clock);
    }

    @Bean
    Indicator policeDecisionOnTimeIndicator(JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return onTime("TRANSFER_POLICE_DECISION_ON_TIME_RATE", "POLICE_DECISION",
                " and t.kind = 'PUBLIC_SECURITY'", jdbc, agencies, clock);
    }

    private static Indicator onTime(String code, String deadline, String more, JdbcClient jdbc,
                                    AgencyOptions agencies, Clock clock) {
        return new RoundTally(code, Unit.PERCENT, true, perAgency(
                "count(*) filter (where d.met_at < d.due_at), count(*)",
                TRANSFERS + " join supervision.transfer_deadline d on d.transfer_id = t.id",
                "d.kind = '" + deadline + "' and not d.dropped and d.due_on between :from and :to"
                        + " and (d.met_at is not null or d.due_on < :today)" + more), jdbc, agencies, clock);
    }

    private static Indicator count(String code, String where, JdbcClient jdbc, AgencyOptions agencies, Clock clock) {
        return new RoundTally(code, Unit.COUNT, false, perAgency("count(*), 0", TRANSFERS, where), jdbc, agencies,
                clock);
    }
}
