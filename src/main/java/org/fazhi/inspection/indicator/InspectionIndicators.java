package org.fazhi.inspection.indicator;

import org.fazhi.inspection.filing.PlanCoverage;
import org.fazhi.inspection.indicator.InspectionTally.Kind;
import org.fazhi.platform.Indicator;
import org.fazhi.platform.Indicator.Unit;
import org.fazhi.registry.AgencyDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The inspection indicators (issue 4): inspections carried out, 涉企检查同比, the share of joint visits, visits per
 * inspected party, attempts over the frequency cap, the check-in rate, and the enterprises' average rating; and
 * inspections outside a filed annual plan and inspections with a check-in flagged as too far away. An
 * inspection "carried out" was checked in or concluded, dated by the start of its window, or is an enterprise's
 * inspection imported from an agency's ledger (view {@code inspection.inspection_carried_out}): so the first year
 * with Fazhi is compared with a last year of imported history. Imported history has no check-in, rating or joint
 * visits to count, so the other indicators read tasks only.
 */
@Configuration(proxyBeanMethods = false)
class InspectionIndicators {

    /** Tasks of the county in the period, each once for the total (agency_id null) and once per agency. */
    private static final String PER_TASK = """
            select case when grouping(a.agency_id) = 1 then null else a.agency_id end, %s
              from inspection.task t cross join lateral unnest(t.agency_ids) as a(agency_id)
             where t.region_code = :county and %s
             group by grouping sets ((a.agency_id), ())""";
    /** Inspections carried out, tasks and imported history alike, counted like {@link #PER_TASK}. */
    private static final String PER_INSPECTION = """
            select case when grouping(a.agency_id) = 1 then null else a.agency_id end, %s
              from inspection.inspection_carried_out i cross join lateral unnest(i.agency_ids) as a(agency_id)
             where i.region_code = :county and %s
             group by grouping sets ((a.agency_id), ())""";
    private static final String DONE_IN_PERIOD = "i.carried_out_on between :from and :to";
    private static final String IN_PERIOD = "t.window_from between :from and :to";
    private static final String CARRIED_OUT = "t.status in ('CHECKED_IN', 'CONCLUDED')";

    /** Totals count each task once although the join repeats it per agency. */
    private static String perTask(String figures, String where) {
        return PER_TASK.formatted(figures, where);
    }

    private static String perInspection(String figures, String where) {
        return PER_INSPECTION.formatted(figures, where);
    }

    @Bean
    Indicator inspectionsIndicator(JdbcClient jdbc, AgencyDirectory agencies) {
        return new InspectionTally("INSPECTIONS", Unit.TIMES, Kind.COUNT,
                perInspection("count(distinct i.inspection_key), 0", DONE_IN_PERIOD), jdbc, agencies);
    }

    @Bean
    Indicator inspectionsYearOnYearIndicator(JdbcClient jdbc, AgencyDirectory agencies) {
        return new InspectionTally("INSPECTIONS_YOY", Unit.PERCENT, Kind.CHANGE, perInspection("""
                count(distinct i.inspection_key) filter (where i.carried_out_on between :from and :to),
                count(distinct i.inspection_key) filter (where i.carried_out_on between :lastFrom and :lastTo)""",
                "(" + DONE_IN_PERIOD + " or i.carried_out_on between :lastFrom and :lastTo)"), jdbc, agencies);
    }

    @Bean
    Indicator jointInspectionShareIndicator(JdbcClient jdbc, AgencyDirectory agencies) {
        return new InspectionTally("JOINT_INSPECTION_SHARE", Unit.PERCENT, Kind.RATE, perTask(
                "count(distinct t.id) filter (where cardinality(t.agency_ids) > 1), count(distinct t.id)",
                IN_PERIOD + " and " + CARRIED_OUT), jdbc, agencies);
    }

    @Bean
    Indicator visitsPerPartyIndicator(JdbcClient jdbc, AgencyDirectory agencies) {
        return new InspectionTally("VISITS_PER_PARTY", Unit.TIMES, Kind.AVERAGE, perInspection(
                "count(distinct i.inspection_key), count(distinct i.party_id)", DONE_IN_PERIOD), jdbc, agencies);
    }

    @Bean
    Indicator frequencyCapAttemptsIndicator(JdbcClient jdbc, AgencyDirectory agencies) {
        return new InspectionTally("FREQUENCY_CAP_ATTEMPTS", Unit.TIMES, Kind.COUNT, perTask(
                "count(distinct t.id), 0", IN_PERIOD + " and t.frequency_outcome in ('REFUSED', 'ESCALATE')"), jdbc,
                agencies);
    }

    @Bean
    Indicator checkInRateIndicator(JdbcClient jdbc, AgencyDirectory agencies) {
        return new InspectionTally("CHECK_IN_RATE", Unit.PERCENT, Kind.RATE, perTask(
                "count(distinct t.id) filter (where t.checked_in_at is not null), count(distinct t.id)",
                IN_PERIOD + " and (" + CARRIED_OUT + " or (t.status = 'APPROVED' and t.window_to < :to))"), jdbc,
                agencies);
    }

    @Bean
    Indicator outsidePlanIndicator(JdbcClient jdbc, AgencyDirectory agencies) {
        return new InspectionTally("OUTSIDE_PLAN_INSPECTIONS", Unit.TIMES, Kind.COUNT, perTask("count(distinct t.id), 0",
                IN_PERIOD + " and " + CARRIED_OUT + " and " + PlanCoverage.OUTSIDE_PLAN), jdbc, agencies);
    }

    @Bean
    Indicator farCheckInsIndicator(JdbcClient jdbc, AgencyDirectory agencies) {
        return new InspectionTally("FAR_CHECK_INS", Unit.TIMES, Kind.COUNT, perTask("count(distinct t.id), 0",
                IN_PERIOD + " and exists (select 1 from inspection.code_scan s where s.task_id = t.id and s.far)"),
                jdbc, agencies);
    }

    @Bean
    Indicator averageRatingIndicator(JdbcClient jdbc, AgencyDirectory agencies) {
        return new InspectionTally("AVERAGE_RATING", Unit.SCORE, Kind.AVERAGE, """
                select case when grouping(e.lead_agency_id) = 1 then null else e.lead_agency_id end,
                       sum(e.conduct + e.professionalism + e.burden), 3 * count(*)
                  from inspection.evaluation e
                 where e.region_code = :county and e.rated_at >= :from and e.rated_at < :to + 1
                 group by grouping sets ((e.lead_agency_id), ())""", jdbc, agencies);
    }
}
