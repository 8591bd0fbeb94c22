package org.fazhi.casework.indicator;

import org.fazhi.casework.DeadlineKind;
import org.fazhi.casework.indicator.CaseTally.Kind;
import org.fazhi.platform.Indicator;
import org.fazhi.platform.Indicator.Unit;
import org.fazhi.registry.AgencyDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.fazhi.casework.indicator.CaseTally.perAgency;

/**
 * The casework indicators (issue 9), each counted by the agency that holds the case: cases filed (立案), fines
 * decided (罚没款 in yuan), decisions by procedure (普通程序 / 简易程序当场处罚), decisions of 不予处罚 and of 首违不罚,
 * legal reviews concluded, hearings held, the share of each watched deadline met on time, and the share of the
 * inspections' "case to be filed" results that were filed. The compulsory measures' are {@link MeasureIndicators}.
 * The last counts those results by casework's own record of them (one clue per result, from {@code
 * InspectionConcluded}), never inspection's tables.
 */
@Configuration(proxyBeanMethods = false)
class CaseIndicators {

    private static final String CASES = "casework.penalty_case c";
    private static final String DECISIONS = CASES
            + " join casework.proposal p on p.case_id = c.id and p.stage = 'DECIDED'";
    private static final String DECIDED_IN_PERIOD = "c.decided_on between :from and :to";
    /** A deadline counts once it was met or its day has passed, whichever the period holds. */
    private static final String DEADLINE_RATE = perAgency("count(*) filter (where c.met_on <= c.due_on), count(*)",
            "casework.deadline c", "c.kind = '%s' and c.due_on between :from and :to"
                    + " and (c.met_on is not null or c.due_on < current_date)");

    @Bean
    Indicator casesFiledIndicator(JdbcClient jdbc, AgencyDirectory agencies) {
        return new CaseTally("CASES_FILED", Unit.CASES, Kind.COUNT,
                perAgency("count(*), 0", CASES, "c.filed_on between :from and :to"), jdbc, agencies);
    }

    @Bean
    Indicator finesIndicator(JdbcClient jdbc, AgencyDirectory agencies) {
        return new CaseTally("FINES_DECIDED", Unit.YUAN, Kind.YUAN, perAgency("coalesce(sum(p.fine_fen), 0), 0",
                DECISIONS, DECIDED_IN_PERIOD + " and p.kind = 'PENALTY'"), jdbc, agencies);
    }

    /** 普通程序: every decision after 立案, whatever its kind (处罚, 不予处罚, 移送...). */
    @Bean
    Indicator generalProcedureIndicator(JdbcClient jdbc, AgencyDirectory agencies) {
        return byProcedure("GENERAL", jdbc, agencies);
    }

    /** 简易程序: decisions made on the spot (行政处罚法第五十一条), which have no 立案. */
    @Bean
    Indicator simpleProcedureIndicator(JdbcClient jdbc, AgencyDirectory agencies) {
        return byProcedure("SIMPLE", jdbc, agencies);
    }

    @Bean
    Indicator noPenaltyIndicator(JdbcClient jdbc, AgencyDirectory agencies) {
        return new CaseTally("NO_PENALTY_DECISIONS", Unit.CASES, Kind.COUNT, perAgency("count(*), 0", DECISIONS,
                DECIDED_IN_PERIOD + " and p.kind = 'NO_PENALTY'"), jdbc, agencies);
    }

    @Bean
    Indicator firstOffenceIndicator(JdbcClient jdbc, AgencyDirectory agencies) {
        return new CaseTally("FIRST_OFFENCE_WAIVERS", Unit.CASES, Kind.COUNT, perAgency("count(*), 0", DECISIONS,
                DECIDED_IN_PERIOD + " and p.kind = 'FIRST_OFFENCE_WAIVED'"), jdbc, agencies);
    }

    @Bean
    Indicator legalReviewsIndicator(JdbcClient jdbc, AgencyDirectory agencies) {
        return new CaseTally("LEGAL_REVIEWS", Unit.TIMES, Kind.COUNT, perAgency(
                "count(*), 0",
                CASES + " join casework.case_event e on e.case_id = c.id", """
                e.transition in ('PASS_LEGAL_REVIEW', 'REJECT_LEGAL_REVIEW') and not e.refused
                and e.at >= :from and e.at < :to + 1"""), jdbc, agencies);
    }

    @Bean
    Indicator hearingsIndicator(JdbcClient jdbc, AgencyDirectory agencies) {
        return new CaseTally("HEARINGS_HELD", Unit.TIMES, Kind.COUNT, perAgency("count(*), 0", CASES,
                "c.hearing_held_at >= :from and c.hearing_held_at < :to + 1"), jdbc, agencies);
    }

    @Bean
    Indicator decisionOnTimeIndicator(JdbcClient jdbc, AgencyDirectory agencies) {
        return onTime(DeadlineKind.DECISION, jdbc, agencies);
    }

    @Bean
    Indicator deliveryOnTimeIndicator(JdbcClient jdbc, AgencyDirectory agencies) {
        return onTime(DeadlineKind.DELIVERY, jdbc, agencies);
    }

    @Bean
    Indicator paymentOnTimeIndicator(JdbcClient jdbc, AgencyDirectory agencies) {
        return onTime(DeadlineKind.PAYMENT, jdbc, agencies);
    }

    @Bean
    Indicator courtApplicationOnTimeIndicator(JdbcClient jdbc, AgencyDirectory agencies) {
        return onTime(DeadlineKind.COURT_APPLICATION, jdbc, agencies);
    }

    @Bean
    Indicator inspectionFilingRateIndicator(JdbcClient jdbc, AgencyDirectory agencies) {
        return new CaseTally("INSPECTION_CASE_FILING_RATE", Unit.PERCENT, Kind.RATE, perAgency(
                "count(*) filter (where c.filed_on is not null), count(*)", CASES,
                "c.source_kind = 'INSPECTION' and c.discovered_on between :from and :to"), jdbc, agencies);
    }

    /** {@code <PROCEDURE>_PROCEDURE_DECISIONS}: the decisions of the period made under that procedure. */
    private static Indicator byProcedure(String procedure, JdbcClient jdbc, AgencyDirectory agencies) {
        return new CaseTally(procedure + "_PROCEDURE_DECISIONS", Unit.CASES, Kind.COUNT, perAgency("count(*), 0",
                DECISIONS, DECIDED_IN_PERIOD + " and c.procedure = '" + procedure + "'"), jdbc, agencies);
    }

    /** {@code <KIND>_ON_TIME_RATE}: the deadlines of that kind due in the period, met by their day. */
    private static Indicator onTime(DeadlineKind kind, JdbcClient jdbc, AgencyDirectory agencies) {
        return new CaseTally(kind.name() + "_ON_TIME_RATE", Unit.PERCENT, Kind.RATE,
                DEADLINE_RATE.formatted(kind.name()), jdbc, agencies);
    }
}
