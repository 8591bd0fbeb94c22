package org.fazhi.disputes.reconsideration;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.fazhi.disputes.ReconsiderationOutcome;
import org.fazhi.identity.AgencyOptions;
import org.fazhi.platform.GroupedTally.Columns;
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

    /**
     * The figure columns over the cases concluded within the period, one query for the twelve indicators over them
     * (a measurement pass runs it once): all of them, those mediated or settled, the corrected and the decisions
     * (mediations and terminations excluded) of the corrected rate, then one column per outcome in its order.
     */
    private static final List<String> CONCLUDED_FIGURES = Stream.concat(Stream.of("count(*)",
                    "count(*) filter (where r.outcome = 'MEDIATED' or r.settled)",
                    "count(*) filter (where r.outcome in ('CHANGED', 'REVOKED', 'DECLARED_UNLAWFUL', 'DECLARED_VOID', "
                            + "'ORDERED_TO_PERFORM'))",
                    "count(*) filter (where r.outcome not in ('MEDIATED', 'TERMINATED'))"),
            Arrays.stream(ReconsiderationOutcome.values())
                    .map(outcome -> "count(*) filter (where r.outcome = '" + outcome.name() + "')")).toList();
    private static final int ALL = 0;
    private static final int MEDIATED_OR_SETTLED = 1;
    private static final int CORRECTED = 2;
    private static final int DECISIONS = 3;
    private static final int FIRST_OUTCOME = 4;

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
        return concluded("RECONSIDERATIONS_CONCLUDED", Unit.CASES, false, ALL, -1, jdbc, agencies);
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
        return concluded("RECONSIDERATION_CORRECTED_RATE", Unit.PERCENT, true, CORRECTED, DECISIONS, jdbc,
                agencies);
    }

    @Bean
    Indicator reconsiderationsMediatedOrSettledIndicator(JdbcClient jdbc, AgencyOptions agencies) {
        return concluded("RECONSIDERATIONS_MEDIATED_SETTLED", Unit.CASES, false, MEDIATED_OR_SETTLED, -1, jdbc,
                agencies);
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
        return concluded("RECONSIDERATIONS_" + outcome.name(), Unit.CASES, false, FIRST_OUTCOME + outcome.ordinal(),
                -1, jdbc, agencies);
    }

    /** Columns {@code numerator} and {@code denominator} ({@code -1}: none) of {@link #CONCLUDED_FIGURES}. */
    private static Indicator concluded(String code, Unit unit, boolean rate, int numerator, int denominator,
                                       JdbcClient jdbc, AgencyOptions agencies) {
        return new ReconsiderationTally(code, unit, rate, Columns.shared(numerator, denominator),
                String.join(", ", CONCLUDED_FIGURES), CONCLUDED, jdbc, agencies);
    }

    private static Indicator count(String code, String where, JdbcClient jdbc, AgencyOptions agencies) {
        return new ReconsiderationTally(code, Unit.CASES, false, COUNT, where, jdbc, agencies);
    }
}
