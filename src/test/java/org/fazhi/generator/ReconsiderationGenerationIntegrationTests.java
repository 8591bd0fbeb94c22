package org.fazhi.generator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.CaseGeneration;
import org.fazhi.catalog.CatalogGeneration;
import org.fazhi.disputes.ReconsiderationGeneration;
import org.fazhi.entities.PartyGeneration;
import org.fazhi.registry.RegistryGeneration;
import org.fazhi.shared.RegionCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small generated county's reconsideration history: a few dozen cases a year over five years, in mixed states and
 * outcomes, numbered in order of receipt, some against the county's own decided penalties; the limits kept as the
 * aggregate keeps them; a second run adds nothing and the same seed on the same day gives the same history.
 */
@FazhiIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReconsiderationGenerationIntegrationTests {

    private static final RegionCode COUNTY = RegionCode.of("419973");
    private static final long SEED = 23;
    private static final int YEARS = 5;

    @Autowired RegistryGeneration registry;
    @Autowired CatalogGeneration catalog;
    @Autowired PartyGeneration parties;
    @Autowired CaseGeneration cases;
    @Autowired ReconsiderationGeneration reconsiderations;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    ReconsiderationGeneration.County made;

    @BeforeAll
    void generateACounty() {
        RegistryGeneration.County county = registry.generateCounty(COUNTY, 120, SEED);
        catalog.generateCounty(COUNTY, county.name(), 30, SEED);
        parties.generate(COUNTY, 300, SEED);
        cases.generateCounty(COUNTY, 200, YEARS, SEED);
        made = reconsiderations.generateCounty(COUNTY, YEARS, SEED);
    }

    @Test
    void aFewDozenCasesAYearInMixedStatesAndOutcomes() {
        int thisYear = LocalDate.now(clock).getYear();
        List<Long> perYear = jdbc.sql("""
                select count(*) from disputes.reconsideration where region_code = ?
                 group by extract(year from received_on) order by extract(year from received_on)""")
                .param(COUNTY.value()).query(Long.class).list();

        assertThat(perYear).hasSize(LocalDate.now(clock).getDayOfYear() > 10 ? YEARS : YEARS - 1);
        assertThat(perYear.subList(0, YEARS - 1)).allSatisfy(n -> assertThat(n).isBetween(20L, 40L));
        assertThat(made.cases()).isEqualTo(count("select count(*) from disputes.reconsideration where region_code = ?"));
        assertThat(distinct("state")).contains("CONCLUDED", "NOT_ACCEPTED").hasSizeGreaterThanOrEqualTo(3);
        assertThat(distinct("outcome")).contains("UPHELD", "REVOKED", "MEDIATED", "TERMINATED")
                .hasSizeGreaterThanOrEqualTo(6);
        assertThat(made.concluded()).isGreaterThan(made.cases() / 2);
        assertThat(count("select count(*) from disputes.reconsideration where region_code = ? and state in "
                + "('RECEIVED', 'CORRECTING', 'ACCEPTED') and received_on < make_date(" + (thisYear - 1) + ", 1, 1)"))
                .as("old cases are nearly all finished").isLessThanOrEqualTo(made.cases() / 20);
        assertThat(count("select count(*) from disputes.reconsideration where region_code = ? and hearing_mode = "
                + "'HEARING'")).isPositive();
    }

    @Test
    void numbersFollowTheOrderOfReceiptWithinEachYear() {
        assertThat(count("""
                select count(*) from (select number, received_on, row_number() over (
                           partition by extract(year from received_on) order by received_on, id) as serial
                      from disputes.reconsideration where region_code = ?) r
                 where r.number <> '复〔' || extract(year from r.received_on) || '〕' || r.serial || '号'"""))
                .isZero();
    }

    @Test
    void someContestTheCountysOwnDecidedPenaltiesOfTheSameAgency() {
        assertThat(made.linked()).isPositive().isLessThan(made.cases());
        assertThat(count("""
                select count(*) from disputes.reconsideration r where r.region_code = ? and r.case_id is not null
                   and not exists (select 1 from casework.penalty_case c where c.id = r.case_id
                                     and c.code = r.case_code and c.agency_id = r.agency_id
                                     and c.decided_on < r.received_on)""")).isZero();
        assertThat(count("""
                select count(*) from (select case_id from disputes.reconsideration where region_code = ?
                   and case_id is not null group by case_id having count(*) > 1) twice""")).isZero();
    }

    @Test
    void eachCaseKeepsItsLimitsAsTheAggregateDoes() {
        assertThat(count("""
                select count(*) from disputes.reconsideration r where region_code = ?
                   and (not exists (select 1 from disputes.reconsideration_deadline d where d.reconsideration_id = r.id)
                        or (state = 'CONCLUDED') <> (outcome is not null)
                        or (state = 'CONCLUDED' and exists (select 1 from disputes.reconsideration_deadline d
                               where d.reconsideration_id = r.id and d.met_on is null and not d.dropped))
                        or (state = 'ACCEPTED' and accepted_on is null)
                        or copied_on < accepted_on or answered_on < copied_on or concluded_on < accepted_on
                        or concluded_on >= current_date
                        or (hearing_mode = 'HEARING') <> (hearing_notice_on is not null))""")).isZero();
        assertThat(count("""
                select count(*) from disputes.reconsideration_deadline d join disputes.reconsideration r
                    on r.id = d.reconsideration_id
                 where r.region_code = ? and d.met_on > d.due_on""")).as("a few steps late").isPositive();
        assertThat(made.deadlines()).isEqualTo(count("""
                select count(*) from disputes.reconsideration_deadline d join disputes.reconsideration r
                    on r.id = d.reconsideration_id where r.region_code = ?"""));
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void aSecondRunAddsNothingAndTheSameSeedGivesTheSameHistory() {
        String before = fingerprint();

        assertThat(reconsiderations.generateCounty(COUNTY, YEARS, SEED).cases()).isZero();
        jdbc.sql("delete from disputes.reconsideration where region_code = ?").param(COUNTY.value()).update();
        reconsiderations.generateCounty(COUNTY, YEARS, SEED);

        assertThat(fingerprint()).isEqualTo(before);
    }

    private String fingerprint() {
        return jdbc.sql("""
                select md5(string_agg(concat_ws('|', r.number, r.received_on, r.applicant_name, r.agency_id, r.case_id,
                           r.state, r.outcome, r.concluded_on, d.kind, d.due_on, d.met_on), ',' order by r.number,
                           d.position))
                  from disputes.reconsideration r join disputes.reconsideration_deadline d
                    on d.reconsideration_id = r.id
                 where r.region_code = ?""").param(COUNTY.value()).query(String.class).single();
    }

    private List<String> distinct(String column) {
        return jdbc.sql("select distinct " + column + " from disputes.reconsideration where region_code = ? and "
                + column + " is not null").param(COUNTY.value()).query(String.class).list();
    }

    private long count(String sql) {
        return jdbc.sql(sql).param(COUNTY.value()).query(Long.class).single();
    }
}
