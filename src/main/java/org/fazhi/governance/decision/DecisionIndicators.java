package org.fazhi.governance.decision;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.fazhi.governance.tally.AgencyTally;
import org.fazhi.identity.AgencyOptions;
import org.fazhi.platform.Indicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The figures of major decisions (seed requirements ND8-ND12, N5), by undertaking agency: catalogue items of the
 * years the period touches; decisions made within the period; of those, the share with every required procedure
 * done on or before the decision; and post-evaluations within the period.
 */
@Configuration(proxyBeanMethods = false)
class DecisionIndicators {

    private static final String DECIDED = "t.decided_on between :from and :to";

    @Bean
    Indicator majorDecisionCatalogueItemsIndicator(JdbcClient jdbc, AgencyOptions agencies,
                                                   DecisionProperties settings) {
        return AgencyTally.count("MAJOR_DECISION_CATALOGUE_ITEMS", decisions(settings),
                "t.year between extract(year from cast(:from as date)) and extract(year from cast(:to as date))",
                jdbc, agencies);
    }

    @Bean
    Indicator majorDecisionsDecidedIndicator(JdbcClient jdbc, AgencyOptions agencies, DecisionProperties settings) {
        return decided(settings).all("MAJOR_DECISIONS_DECIDED", jdbc, agencies);
    }

    @Bean
    Indicator majorDecisionsCompleteRateIndicator(JdbcClient jdbc, AgencyOptions agencies,
                                                  DecisionProperties settings) {
        return decided(settings).rate("MAJOR_DECISIONS_COMPLETE_RATE", complete(settings), jdbc, agencies);
    }

    @Bean
    Indicator majorDecisionsEvaluatedIndicator(JdbcClient jdbc, AgencyOptions agencies, DecisionProperties settings) {
        return AgencyTally.count("MAJOR_DECISIONS_EVALUATED", decisions(settings),
                "t.evaluated_on between :from and :to", jdbc, agencies);
    }

    /** The decisions made within the period, counted with those complete in one query. */
    private static AgencyTally.Counts decided(DecisionProperties settings) {
        return new AgencyTally.Counts(decisions(settings), DECIDED, List.of(complete(settings)));
    }

    /** Every required procedure done on or before the decision. */
    private static String complete(DecisionProperties settings) {
        return "t.required_done = " + settings.required().size();
    }

    /** Decisions with their catalogue year and the number of required procedures done by the decision's day. */
    private static String decisions(DecisionProperties settings) {
        Set<DecisionStepKind> required = settings.required();
        String kinds = required.stream().map(k -> "'" + k.name() + "'").collect(Collectors.joining(", "));
        return """
                (select m.*, c.year, (select count(*) from governance.decision_step s where s.decision_id = m.id
                    and s.kind in (%s) and s.done_on <= m.decided_on) as required_done
                 from governance.major_decision m join governance.decision_catalogue c on c.id = m.catalogue_id)"""
                .formatted(kinds);
    }
}
