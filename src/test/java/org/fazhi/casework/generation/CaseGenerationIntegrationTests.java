package org.fazhi.casework.generation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.CaseGeneration;
import org.fazhi.casework.deadline.CaseDeadlines;
import org.fazhi.catalog.CatalogGeneration;
import org.fazhi.entities.PartyGeneration;
import org.fazhi.inspection.InspectionGeneration;
import org.fazhi.platform.Figure;
import org.fazhi.platform.Indicator;
import org.fazhi.registry.RegistryGeneration;
import org.fazhi.reporting.IndicatorCatalog;
import org.fazhi.shared.Period;
import org.fazhi.shared.RegionCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A small county's generated cases (three years of {@value #PER_YEAR}), over its generated inspections: one case for
 * every inspection that concluded "case to be filed" (taking over the clue casework registered for it), every
 * decision inside its period or an approved extension, timelines that add up, and states that follow the cases' age;
 * decisions on the spot within their limits; measures on property consistent with their cases, and the indicators
 * over all of it non-zero and agreeing with each other.
 */
@FazhiIntegrationTest
class CaseGenerationIntegrationTests {

    private static final RegionCode COUNTY = RegionCode.of("419958");
    private static final int PER_YEAR = 150;
    private static final int YEARS = 3;
    private static final String CASES = "casework.penalty_case where region_code = '419958'";
    private static CaseGeneration.County made;
    private static List<Long> cluesBefore;

    @Autowired RegistryGeneration registry;
    @Autowired CatalogGeneration catalog;
    @Autowired PartyGeneration parties;
    @Autowired InspectionGeneration inspections;
    @Autowired CaseGeneration cases;
    @Autowired CaseDeadlines periods;
    @Autowired JdbcClient jdbc;
    @Autowired IndicatorCatalog indicators;

    @BeforeEach
    void generateOnce() {
        if (made == null) {
            RegistryGeneration.County county = registry.generateCounty(COUNTY, 200, 11);
            catalog.generateCounty(COUNTY, county.name(), 40, 11);
            catalog.fileInspectionLists(COUNTY, county.name(), 11);
            parties.generate(COUNTY, 500, 11);
            inspections.generateCounty(COUNTY, 400, YEARS, 11, false);
            cluesBefore = jdbc.sql("select id from " + CASES + " order by id").query(Long.class).list();
            made = cases.generateCounty(COUNTY, PER_YEAR, YEARS, 11);
        }
    }

    @Test
    void everyInspectionsCaseToFileBecameOneCaseCitingItsTaskAndItsClueKeptItsId() {
        long results = count("select count(*) from inspection.task where region_code = '419958'"
                + " and result = 'CASE_TO_FILE'");
        assertThat(results).isPositive();
        assertThat(made.fromInspections()).isEqualTo(results);
        assertThat(count("select count(*) from " + CASES + " and source_kind = 'INSPECTION'")).isEqualTo(results);
        assertThat(count("""
                select count(*) from casework.penalty_case c where c.region_code = '419958'
                   and c.source_kind = 'INSPECTION' and not exists (
                       select 1 from inspection.task t where t.id = c.source_task_id and t.region_code = c.region_code
                          and t.result = 'CASE_TO_FILE' and t.party_id = c.party_id
                          and t.lead_agency_id = c.agency_id and t.code = c.source_reference)""")).isZero();
        assertThat(cluesBefore).hasSize((int) results);
        assertThat(jdbc.sql("select id from " + CASES + " and source_kind = 'INSPECTION' order by id")
                .query(Long.class).list()).isEqualTo(cluesBefore);
        assertThat(count("select count(*) from " + CASES + " and source_kind <> 'INSPECTION'"
                + " and source_task_id is not null")).isZero();
    }

    @Test
    void aboutTheAskedNumberOfCasesInPlausibleStatesForTheirAge() {
        LocalDate today = LocalDate.now();
        long expected = (long) PER_YEAR * (YEARS - 1) + PER_YEAR * (today.getDayOfYear() - 1) / today.lengthOfYear();
        assertThat(made.cases()).isBetween(expected - 2, expected + 2);
        assertThat(count("select count(*) from " + CASES)).isEqualTo(made.cases());
        assertThat(share("state = 'NOT_FILED'", "source_kind <> 'INSPECTION'")).isBetween(0.01, 0.12);
        assertThat(share("filed_on is not null or exists (select 1 from casework.penalty_case t"
                + " where t.region_code = '419958' and t.source_kind = 'TRANSFER_IN'"
                + " and t.source_reference = penalty_case.source_reference)",
                "source_kind = 'INSPECTION' and discovered_on < current_date - 60"))
                .as("inspections' results filed by their agency, or sent on and filed as a transfer")
                .isGreaterThan(0.8);
        assertThat(count("select count(*) from " + CASES + " and state = 'NOT_FILED' and decline_reason is null"))
                .isZero();
        String old = jdbc.sql("select string_agg(state || ' ' || n, ', ' order by n desc) from (select state, count(*) n"
                + " from " + CASES + " and discovered_on < current_date - 400 group by state) s").query(String.class)
                .single();
        String filedLongAgo = "filed_on is not null and discovered_on < current_date - 400";
        assertThat(share("state in ('CLOSED', 'ARCHIVED')", filedLongAgo)).as(old).isGreaterThan(0.85);
        assertThat(share("state = 'ARCHIVED'", filedLongAgo)).isGreaterThan(0.7);
        assertThat(count("select count(*) from " + CASES + " and state in ('CLOSED', 'ARCHIVED')"
                + " and discovered_on > current_date - 20 and procedure = 'GENERAL'")).isZero();
        // about 8 general cases in 20 days at this size: one fast case moves the share by 12 points
        assertThat(share("state in ('CLUE', 'NOT_FILED', 'INVESTIGATING')", "discovered_on > current_date - 20"
                + " and procedure = 'GENERAL'")).isGreaterThanOrEqualTo(0.75);
        Map<String, Long> decided = jdbc.sql("select kind, count(*) from casework.proposal where stage = 'DECIDED'"
                        + " and case_id in (select id from " + CASES + " and procedure = 'GENERAL') group by kind")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        long all = decided.values().stream().mapToLong(Long::longValue).sum();
        assertThat(decided.getOrDefault("PENALTY", 0L) * 1.0 / all).isBetween(0.7, 0.92);
        assertThat(decided).containsKeys("NO_PENALTY", "FIRST_OFFENCE_WAIVED");
        assertThat(count("select count(distinct source_kind) from " + CASES)).isEqualTo(5);
    }

    @Test
    void everyDecisionFallsWithinItsPeriodOrAnApprovedExtension() {
        List<Object[]> decided = jdbc.sql("""
                select c.filed_on, c.decided_on, coalesce((select sum(days) from casework.extension e
                                                           where e.case_id = c.id), 0),
                       (select due_on from casework.deadline d where d.case_id = c.id and d.kind = 'DECISION')
                  from casework.penalty_case c where c.region_code = '419958' and c.decided_on is not null
                   and c.procedure = 'GENERAL'""")
                .query((rs, row) -> new Object[] {rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
                        rs.getInt(3), rs.getObject(4, LocalDate.class)}).list();
        assertThat(decided).hasSizeGreaterThan(PER_YEAR);
        assertThat(decided).allSatisfy(row -> {
            LocalDate due = periods.decision((LocalDate) row[0], (Integer) row[2]).date();
            assertThat((LocalDate) row[1]).isBeforeOrEqualTo(due);
            assertThat(row[3]).isEqualTo(due);
        });
        assertThat(count("select count(*) from casework.extension where case_id in (select id from " + CASES + ")"))
                .isPositive();
        assertThat(count("select count(*) from " + CASES + " and delivered_on > decided_on + 11")).isZero();
    }

    @Test
    void eachTimelineStartsWithTheClueAndCountsTheCasesVersions() {
        assertThat(count("""
                select count(*) from casework.penalty_case c where c.region_code = '419958'
                   and c.version + case when c.procedure = 'SIMPLE' then 0 else 1 end <>
                       (select count(*) from casework.case_event e where e.case_id = c.id)""")).isZero();
        assertThat(count("""
                select count(*) from casework.penalty_case c where c.region_code = '419958' and
                       (select transition from casework.case_event e where e.case_id = c.id order by id limit 1)
                       <> case when c.procedure = 'SIMPLE' then 'DECIDE_ON_THE_SPOT' else 'REGISTER_CLUE' end""")).isZero();
        assertThat(count("""
                select count(*) from (select at < lag(at) over (partition by case_id order by id) as back,
                                             to_state, lead(from_state) over (partition by case_id order by id) as next
                                        from casework.case_event where region_code = '419958') e
                 where e.back or e.to_state <> coalesce(e.next, e.to_state)""")).isZero();
        assertThat(count("""
                select count(*) from casework.penalty_case c where c.region_code = '419958' and c.state <>
                       (select to_state from casework.case_event e where e.case_id = c.id order by id desc limit 1)"""))
                .isZero();
        assertThat(made.events()).isGreaterThan(made.cases() * 5);
        assertThat(count("select count(*) from " + CASES + " and state = 'CLOSED' and closed_on is null")).isZero();
    }

    @Test
    void decisionsOnTheSpotAreWithinTheirLimitsDeliveredThereReportedAndPaid() {
        assertThat(made.onTheSpot()).isEqualTo(count("select count(*) from " + CASES + " and procedure = 'SIMPLE'"));
        assertThat(share("procedure = 'SIMPLE'", "true")).isBetween(0.10, 0.20);
        String spots = "casework.penalty_case c join casework.on_the_spot s on s.case_id = c.id"
                + " join casework.proposal p on p.case_id = c.id and p.stage = 'DECIDED' where c.region_code = '419958'";
        assertThat(count("select count(*) from " + spots)).isEqualTo(made.onTheSpot());
        assertThat(count("select count(*) from " + spots + """
                 and (c.filed_on is not null or c.decided_on <> c.discovered_on or c.delivered_on <> c.decided_on
                      or p.kind <> 'PENALTY' or p.fine_fen > case when s.party_kind = 'PERSON' then 20000 else 300000 end
                      or (s.collected and (p.fine_fen > 10000 or s.receipt_number is null))
                      or (s.statement is null and not s.rights_waived))""")).isZero();
        assertThat(count("select count(*) from " + spots + " and c.state in ('CLOSED', 'ARCHIVED') and (s.reported_on"
                + " is null or p.fine_fen > coalesce((select sum(amount_fen) from casework.payment y"
                + " where y.case_id = c.id), 0))")).isZero();
        assertThat(count("select count(*) from " + spots + " and s.reported_on > s.report_due")).isPositive();
        assertThat(count("select count(*) from " + spots + " and p.fine_fen = 0")).isPositive();
    }

    @Test
    void measuresAreTakenOnTheirCasesByItsHandlersAndEndAsTheirLimitsAndActsSay() {
        String measures = "casework.compulsory_measure m join casework.penalty_case c on c.id = m.case_id"
                + " where m.region_code = '419958'";
        assertThat(made.measures()).isEqualTo(count("select count(*) from " + measures)).isPositive();
        assertThat(count("select count(*) from " + measures + """
                 and (m.agency_id <> c.agency_id or m.officer_ids <> c.handler_ids or c.procedure <> 'GENERAL'
                      or m.started_on < c.filed_on or m.started_on >= current_date
                      or (m.confiscated_on is not null and (m.confiscated_on <> c.decided_on or
                          (select kind from casework.proposal p where p.case_id = c.id and p.stage = 'DECIDED')
                          <> 'PENALTY')))""")).isZero();
        assertThat(count("select count(*) from casework.compulsory_measure m where m.region_code = '419958'"
                + " and m.version + 1 <> (select count(*) from casework.measure_event e where e.measure_id = m.id)"))
                .isZero();
        assertThat(count("""
                select count(*) from (select at < lag(at) over (partition by measure_id order by id) as back
                                        from casework.measure_event where region_code = '419958') e where e.back"""))
                .isZero();
        assertThat(count("""
                select count(*) from casework.compulsory_measure m where m.region_code = '419958' and m.state <>
                       (select to_state from casework.measure_event e where e.measure_id = m.id order by id desc limit 1)
                """)).isZero();
        assertThat(count("""
                select count(*) from casework.compulsory_measure m where m.region_code = '419958'
                   and ((select count(*) from casework.measure_event e where e.measure_id = m.id and e.act = 'EXTEND')
                        <> case when m.extended_on is null then 0 else 1 end
                        or (m.extended_on is not null and (m.kind = 'PRESERVATION' or m.extension_days <> 30
                            or m.extended_on not between m.started_on and m.due_on)))""")).as("each extended measure"
                + " has exactly one extension").isZero();
        assertThat(count("select count(*) from casework.compulsory_measure where region_code = '419958'"
                + " and extended_on is not null"))
                .isPositive();
        assertThat(count("select count(*) from casework.compulsory_measure m where m.region_code = '419958'"
                + " and m.state = 'CLOSED' and m.confiscated_on is null and exists (select 1 from casework.measure_item"
                + " i where i.measure_id = m.id and i.returned_on is null)")).isZero();
        assertThat(jdbc.sql("select count(distinct kind) from casework.compulsory_measure where region_code = '419958'"
                + " and state = 'CLOSED'").query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void theIndicatorsOverTheGeneratedYearsAreNonZeroAndAgree() {
        Period years = new Period(LocalDate.now().withDayOfYear(1).minusYears(YEARS - 1), LocalDate.now());
        for (String code : List.of("SIMPLE_PROCEDURE_DECISIONS", "GENERAL_PROCEDURE_DECISIONS", "SEIZURE_MEASURES",
                "SEALING_UP_MEASURES", "EVIDENCE_PRESERVATIONS", "MEASURES_EXTENDED")) {
            assertThat(measure(code, years).total().value()).as(code).isPositive();
        }
        Map<Long, Long> filed = byAgency(measure("CASES_FILED", years));
        Map<Long, Long> taken = byAgency(measure("SEIZURE_MEASURES", years));
        byAgency(measure("SEALING_UP_MEASURES", years)).forEach((agency, n) -> taken.merge(agency, n, Long::sum));
        byAgency(measure("EVIDENCE_PRESERVATIONS", years)).forEach((agency, n) -> taken.merge(agency, n, Long::sum));
        assertThat(taken).allSatisfy((agency, n) -> assertThat(n).as("measures of agency " + agency)
                .isLessThanOrEqualTo(filed.getOrDefault(agency, 0L)));
        Figure seizures = measure("SEIZURE_LIMIT_ON_TIME_RATE", years).total();
        Figure preservations = measure("PRESERVATION_ON_TIME_RATE", years).total();
        assertThat(seizures.value()).isBetween(BigDecimal.valueOf(80), BigDecimal.valueOf(100));
        assertThat(preservations.hasValue()).isTrue();
        assertThat(measure("MEASURES_OVERDUE", years).total().numerator()).isEqualTo(seizures.denominator()
                - seizures.numerator() + preservations.denominator() - preservations.numerator());
        assertThat(measure("SIMPLE_PROCEDURE_DECISIONS", years).total().numerator()).isEqualTo(made.onTheSpot());
    }

    private Indicator.Measurement measure(String code, Period period) {
        return indicators.find(code).orElseThrow().measure(COUNTY, period);
    }

    private static Map<Long, Long> byAgency(Indicator.Measurement measurement) {
        return measurement.byAgency().stream().collect(Collectors.toMap(Indicator.AgencyFigure::agencyId,
                row -> row.figure().numerator(), Long::sum, java.util.HashMap::new));
    }

    @Test
    void aCountyWithCasesIsNeitherGeneratedTwiceNorPartly() {
        assertThat(cases.hasCases(COUNTY)).isTrue();
        long before = count("select count(*) from " + CASES);
        assertThatThrownBy(() -> cases.generateCounty(COUNTY, PER_YEAR, YEARS, 11))
                .isInstanceOf(IllegalStateException.class);
        assertThat(count("select count(*) from " + CASES)).isEqualTo(before);
    }

    private double share(String condition, String among) {
        return jdbc.sql("select avg(case when " + condition + " then 1.0 else 0 end) from " + CASES + " and " + among)
                .query(Double.class).single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
