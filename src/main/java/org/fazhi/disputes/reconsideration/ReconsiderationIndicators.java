package org.fazhi.disputes.reconsideration;

import org.fazhi.disputes.ReconsiderationOutcome;
import org.fazhi.identity.AgencyOptions;
import org.fazhi.platform.Indicator;
import org.fazhi.platform.Indicator.Unit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The figures of 行政复议 (seed requirements RL1, RL2, D1, D2, F10), each by respondent agency: applications received,
 * accepted (deemed acceptances included) and concluded within the period; the closure rate F10 (of the cases
 * accepted within the period — and, if the county counts them, those carried over open from before it — those
 * concluded by its end); concluded cases by outcome; the corrected rate (变更、撤销、确认违法、确认无效、责令履行 ÷
 * decisions, mediations and terminations excluded); cases ended by mediation or settlement; 行政复议意见书 issued
 * and the share replied on time.
 */
@Configuration(proxyBeanMethods = false)
class ReconsiderationIndicators {

    private static final String CONCLUDED = "r.state = 'CONCLUDED' and r.concluded_on between :from and :to";
    private static final String COUNT = "count(*), 0";
    private static final String OPINIONS = "disputes.reconsideration_opinion";

    @Bean
    Indicator reconsiderationsReceivedIndicator(JdbcClient jdbc, AgencyOptions agencies) {
        return count("RECONSIDERATIONS_RECEIVED", "r.received_on between :from and :to", jdbc, agencies);
    }

    @Bean
    Indicator reconsiderationsAcceptedIndicator(JdbcClient jdbc, AgencyOptions agencies) {
        return count("RECONSIDERATIONS_ACCEPTED", "r.accepted_on between :from and :to", jdbc, agencies);
    }

    @Bean
    Indicator reconsiderationsConcludedIndicator(JdbcClient jdbc, AgencyOptions agencies) {
        return count("RECONSIDERATIONS_CONCLUDED", CONCLUDED, jdbc, agencies);
    }

    /** F10 复议办结率. */
    @Bean
    Indicator reconsiderationClosureRateIndicator(JdbcClient jdbc, AgencyOptions agencies,
                                                  ReconsiderationProperties settings) {
        String accepted = settings.closureRateWithCarryOver()
                ? "r.accepted_on <= :to and (r.accepted_on >= :from or r.concluded_on is null or r.concluded_on >= :from)"
                : "r.accepted_on between :from and :to";
        return new ReconsiderationTally("RECONSIDERATION_CLOSURE_RATE", Unit.PERCENT, true,
                "count(*) filter (where r.state = 'CONCLUDED' and r.concluded_on <= :to), count(*)", accepted, jdbc,
                agencies);
    }

    @Bean
    Indicator reconsiderationCorrectedRateIndicator(JdbcClient jdbc, AgencyOptions agencies) {
        return new ReconsiderationTally("RECONSIDERATION_CORRECTED_RATE", Unit.PERCENT, true,
                "count(*) filter (where r.outcome in ('CHANGED', 'REVOKED', 'DECLARED_UNLAWFUL', 'DECLARED_VOID', "
                        + "'ORDERED_TO_PERFORM')), count(*)",
                CONCLUDED + " and r.outcome not in ('MEDIATED', 'TERMINATED')", jdbc, agencies);
    }

    @Bean
    Indicator reconsiderationsMediatedOrSettledIndicator(JdbcClient jdbc, AgencyOptions agencies) {
        return count("RECONSIDERATIONS_MEDIATED_SETTLED", CONCLUDED + " and (r.outcome = 'MEDIATED' or r.settled)",
                jdbc, agencies);
    }

    @Bean
    Indicator reconsiderationsChangedIndicator(JdbcClient jdbc, AgencyOptions agencies) {
        return outcome(ReconsiderationOutcome.CHANGED, jdbc, agencies);
    }

    @Bean
    Indicator reconsiderationsRevokedIndicator(JdbcClient jdbc, AgencyOptions agencies) {
        return outcome(ReconsiderationOutcome.REVOKED, jdbc, agencies);
    }

    @Bean
    Indicator reconsiderationsDeclaredUnlawfulIndicator(JdbcClient jdbc, AgencyOptions agencies) {
        return outcome(ReconsiderationOutcome.DECLARED_UNLAWFUL, jdbc, agencies);
    }

    @Bean
    Indicator reconsiderationsOrderedToPerformIndicator(JdbcClient jdbc, AgencyOptions agencies) {
        return outcome(ReconsiderationOutcome.ORDERED_TO_PERFORM, jdbc, agencies);
    }

    @Bean
    Indicator reconsiderationsDeclaredVoidIndicator(JdbcClient jdbc, AgencyOptions agencies) {
        return outcome(ReconsiderationOutcome.DECLARED_VOID, jdbc, agencies);
    }

    @Bean
    Indicator reconsiderationsUpheldIndicator(JdbcClient jdbc, AgencyOptions agencies) {
        return outcome(ReconsiderationOutcome.UPHELD, jdbc, agencies);
    }

    @Bean
    Indicator reconsiderationsDismissedIndicator(JdbcClient jdbc, AgencyOptions agencies) {
        return outcome(ReconsiderationOutcome.DISMISSED, jdbc, agencies);
    }

    @Bean
    Indicator reconsiderationsTerminatedIndicator(JdbcClient jdbc, AgencyOptions agencies) {
        return outcome(ReconsiderationOutcome.TERMINATED, jdbc, agencies);
    }

    @Bean
    Indicator reconsiderationsMediatedIndicator(JdbcClient jdbc, AgencyOptions agencies) {
        return outcome(ReconsiderationOutcome.MEDIATED, jdbc, agencies);
    }

    /** 行政复议意见书 issued within the period, by the agency they went to. */
    @Bean
    Indicator reconsiderationOpinionsIssuedIndicator(JdbcClient jdbc, AgencyOptions agencies) {
        return new ReconsiderationTally("RECONSIDERATION_OPINIONS_ISSUED", Unit.COUNT, false, COUNT, OPINIONS,
                "r.issued_on between :from and :to", jdbc, agencies);
    }

    /**
     * Of the opinions issued within the period whose reply has come or was due before the period's end (or today,
     * if sooner), those replied by the due day.
     */
    @Bean
    Indicator reconsiderationOpinionsRepliedOnTimeIndicator(JdbcClient jdbc, AgencyOptions agencies) {
        return new ReconsiderationTally("RECONSIDERATION_OPINIONS_REPLIED_ON_TIME_RATE", Unit.PERCENT, true,
                "count(*) filter (where r.replied_on <= r.reply_due), count(*)", OPINIONS,
                "r.issued_on between :from and :to and (r.replied_on is not null "
                        + "or r.reply_due < least(cast(:to as date), current_date))", jdbc, agencies);
    }

    /** Concluded within the period with this outcome: {@code RECONSIDERATIONS_<OUTCOME>}. */
    private static Indicator outcome(ReconsiderationOutcome outcome, JdbcClient jdbc, AgencyOptions agencies) {
        return count("RECONSIDERATIONS_" + outcome.name(), CONCLUDED + " and r.outcome = '" + outcome.name() + "'",
                jdbc, agencies);
    }

    private static Indicator count(String code, String where, JdbcClient jdbc, AgencyOptions agencies) {
        return new ReconsiderationTally(code, Unit.CASES, false, COUNT, where, jdbc, agencies);
    }
}
