package org.fazhi.disputes.litigation;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

import org.fazhi.identity.AgencyOptions;
import org.fazhi.platform.GroupedTally.Columns;
import org.fazhi.platform.Indicator;
import org.fazhi.platform.Indicator.Unit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The figures of 行政应诉 (seed requirements RL6–RL9, D4–D6, F1, F2), each by defendant agency: lawsuits filed
 * (served) within the period, in total and by instance; lawsuits concluded; the loss rate F1 under the county's
 * definition (by conclusion date); the head-appearance rate F2 over the hearings held within the period; the
 * suggestions' on-time reply rate F8 (D9) and the share of 府院联动 issues resolved (D8).
 */
@Configuration(proxyBeanMethods = false)
class LitigationIndicators {

    private static final String LAWSUITS = "disputes.lawsuit s";
    private static final String FILED = "s.served_on between :from and :to";
    private static final String CONCLUDED = "s.decided_on between :from and :to";
    private static final String COUNT = "count(*), 0";

    /** The lawsuits served within the period: all, then by instance in its order (one query for four figures). */
    private static final String FILED_FIGURES = "count(*), " + Arrays.stream(Instance.values())
            .map(instance -> "count(*) filter (where s.instance = '" + instance.name() + "')")
            .collect(Collectors.joining(", "));

    @Bean
    Indicator litigationFiledIndicator(JdbcClient jdbc, AgencyOptions agencies) {
        return filed("LITIGATION_FILED", 0, jdbc, agencies);
    }

    @Bean
    Indicator litigationFiledFirstIndicator(JdbcClient jdbc, AgencyOptions agencies) {
        return filed(Instance.FIRST, jdbc, agencies);
    }

    @Bean
    Indicator litigationFiledSecondIndicator(JdbcClient jdbc, AgencyOptions agencies) {
        return filed(Instance.SECOND, jdbc, agencies);
    }

    @Bean
    Indicator litigationFiledRetrialIndicator(JdbcClient jdbc, AgencyOptions agencies) {
        return filed(Instance.RETRIAL, jdbc, agencies);
    }

    @Bean
    Indicator litigationConcludedIndicator(JdbcClient jdbc, AgencyOptions agencies) {
        return count("LITIGATION_CONCLUDED", CONCLUDED, jdbc, agencies);
    }

    /** F1 败诉率: the same definition as the monthly series ({@link LossRateSeries}). */
    @Bean
    Indicator litigationLossRateIndicator(JdbcClient jdbc, AgencyOptions agencies, LitigationProperties settings) {
        LitigationProperties.LossRate definition = settings.lossRate();
        String lost = names(definition.lost());
        String basis = definition.basis() == LitigationProperties.Basis.FIRST_INSTANCE ? "s.instance = 'FIRST'"
                : "not exists (select 1 from disputes.lawsuit n where n.prior_id = s.id)";
        String judged = definition.judgedOnly()
                ? " and (s.outcome not in ('WITHDRAWN_AFTER_CHANGE', 'WITHDRAWN', 'MEDIATED') or s.outcome in ("
                        + lost + "))" : "";
        return new LitigationTally("LITIGATION_LOSS_RATE", Unit.PERCENT, true,
                "count(*) filter (where s.outcome in (" + lost + ")), count(*)", LAWSUITS,
                CONCLUDED + " and " + basis + judged, jdbc, agencies);
    }

    /** F2 出庭应诉率: hearings where a counted appearance (head, deputy by default) was made ÷ hearings held. */
    @Bean
    Indicator headAppearanceRateIndicator(JdbcClient jdbc, AgencyOptions agencies, LitigationProperties settings) {
        return new LitigationTally("HEAD_APPEARANCE_RATE", Unit.PERCENT, true,
                "count(*) filter (where h.appearance in (" + names(settings.appearancesCounted()) + ")), count(*)",
                "disputes.lawsuit_hearing h join disputes.lawsuit s on s.id = h.lawsuit_id",
                "h.held_on between :from and :to", jdbc, agencies);
    }

    /** F8 按期办复率 (D9): suggestions whose reply fell due within the period, replied by that day ÷ fallen due. */
    @Bean
    Indicator onTimeReplyRateIndicator(JdbcClient jdbc, AgencyOptions agencies) {
        return new LitigationTally("ON_TIME_REPLY_RATE", Unit.PERCENT, true,
                "count(*) filter (where s.replied_on <= s.reply_due_on), count(*)", "disputes.judicial_suggestion s",
                "s.reply_due_on between :from and :to", jdbc, agencies);
    }

    /** D8 府院联动重点问题化解: issues due within the period, resolved by its end ÷ listed. */
    @Bean
    Indicator courtLinkIssuesResolvedRateIndicator(JdbcClient jdbc, AgencyOptions agencies) {
        return new LitigationTally("COURT_LINK_ISSUES_RESOLVED_RATE", Unit.PERCENT, true,
                "count(*) filter (where s.resolved_on <= :to), count(*)", "disputes.court_link_issue s",
                "s.due_on between :from and :to", jdbc, agencies);
    }

    private static Indicator filed(Instance instance, JdbcClient jdbc, AgencyOptions agencies) {
        return filed("LITIGATION_FILED_" + instance.name(), 1 + instance.ordinal(), jdbc, agencies);
    }

    /** Column {@code column} of {@link #FILED_FIGURES}. */
    private static Indicator filed(String code, int column, JdbcClient jdbc, AgencyOptions agencies) {
        return new LitigationTally(code, Unit.CASES, false, Columns.shared(column, -1), FILED_FIGURES, LAWSUITS, FILED,
                jdbc, agencies);
    }

    private static Indicator count(String code, String where, JdbcClient jdbc, AgencyOptions agencies) {
        return new LitigationTally(code, Unit.CASES, false, COUNT, LAWSUITS, where, jdbc, agencies);
    }

    /** Enum constants as SQL literals ({@code 'A', 'B'}); an empty set matches nothing. */
    private static String names(Collection<? extends Enum<?>> values) {
        return values.isEmpty() ? "null" : values.stream().map(v -> "'" + v.name() + "'")
                .collect(Collectors.joining(", "));
    }
}
