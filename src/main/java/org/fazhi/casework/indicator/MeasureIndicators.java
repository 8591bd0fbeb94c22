package org.fazhi.casework.indicator;

import org.fazhi.casework.indicator.CaseTally.Kind;
import org.fazhi.platform.Indicator;
import org.fazhi.platform.Indicator.Unit;
import org.fazhi.registry.AgencyDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.fazhi.casework.indicator.CaseTally.perAgency;

/**
 * The indicators of the measures on property (行政强制法; 先行登记保存, 行政处罚法第五十六条), each counted by the agency
 * of the case: measures taken by kind (on the day they took effect; a proposal refused before is never taken),
 * extensions approved (第二十五条), measures held past their limit, and the share of each limit kept: 查封/扣押 ended
 * (lifted, or confiscated by the decision) within 30 days or the one extension, 先行登记保存 within 7 working days.
 * A limit counts once the measure ended or its day has passed, as a case's deadline does.
 */
@Configuration(proxyBeanMethods = false)
class MeasureIndicators {

    /** Aliased {@code c} for {@link CaseTally#perAgency}: a measure carries its case's region and agency. */
    private static final String MEASURES = "casework.compulsory_measure c";
    private static final String ENDED = "coalesce(c.lifted_on, c.confiscated_on)";
    private static final String LIMIT_IN_PERIOD = "c.due_on between :from and :to and (" + ENDED
            + " is not null or c.due_on < current_date)";
    private static final String KEPT = ENDED + " <= c.due_on";

    @Bean
    Indicator sealingUpIndicator(JdbcClient jdbc, AgencyDirectory agencies) {
        return taken("SEALING_UP_MEASURES", "'SEALING_UP'", jdbc, agencies);
    }

    @Bean
    Indicator seizureIndicator(JdbcClient jdbc, AgencyDirectory agencies) {
        return taken("SEIZURE_MEASURES", "'SEIZURE'", jdbc, agencies);
    }

    @Bean
    Indicator preservationIndicator(JdbcClient jdbc, AgencyDirectory agencies) {
        return taken("EVIDENCE_PRESERVATIONS", "'PRESERVATION'", jdbc, agencies);
    }

    @Bean
    Indicator measuresExtendedIndicator(JdbcClient jdbc, AgencyDirectory agencies) {
        return new CaseTally("MEASURES_EXTENDED", Unit.TIMES, Kind.COUNT, perAgency("count(*), 0", MEASURES,
                "c.extended_on between :from and :to"), jdbc, agencies);
    }

    @Bean
    Indicator measuresOverdueIndicator(JdbcClient jdbc, AgencyDirectory agencies) {
        return new CaseTally("MEASURES_OVERDUE", Unit.TIMES, Kind.COUNT, perAgency("count(*), 0", MEASURES,
                LIMIT_IN_PERIOD + " and not coalesce(" + KEPT + ", false)"), jdbc, agencies);
    }

    @Bean
    Indicator seizureLimitIndicator(JdbcClient jdbc, AgencyDirectory agencies) {
        return limitKept("SEIZURE_LIMIT_ON_TIME_RATE", "'SEALING_UP', 'SEIZURE'", jdbc, agencies);
    }

    @Bean
    Indicator preservationLimitIndicator(JdbcClient jdbc, AgencyDirectory agencies) {
        return limitKept("PRESERVATION_ON_TIME_RATE", "'PRESERVATION'", jdbc, agencies);
    }

    private static Indicator taken(String code, String kind, JdbcClient jdbc, AgencyDirectory agencies) {
        return new CaseTally(code, Unit.TIMES, Kind.COUNT, perAgency("count(*), 0", MEASURES,
                "c.kind = " + kind + " and c.started_on between :from and :to"), jdbc, agencies);
    }

    private static Indicator limitKept(String code, String kinds, JdbcClient jdbc, AgencyDirectory agencies) {
        return new CaseTally(code, Unit.PERCENT, Kind.RATE, perAgency("count(*) filter (where " + KEPT + "), count(*)",
                MEASURES, "c.kind in (" + kinds + ") and " + LIMIT_IN_PERIOD), jdbc, agencies);
    }
}
