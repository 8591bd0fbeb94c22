package org.fazhi.disclosure.generation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.CaseGeneration;
import org.fazhi.catalog.CatalogGeneration;
import org.fazhi.disclosure.PublicationGeneration;
import org.fazhi.entities.PartyGeneration;
import org.fazhi.inspection.InspectionGeneration;
import org.fazhi.registry.RegistryGeneration;
import org.fazhi.shared.RegionCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A small county's generated publications over its generated cases ({@value #YEARS} years of {@value #PER_YEAR}): one for
 * every general-procedure penalty decision and none for the others (the default rules), no natural person's name (the
 * enterprises' representatives) left in a published text, states that follow the decisions' age, withdrawals with reasons, and the same rows for
 * the same seed.
 */
@FazhiIntegrationTest
class PublicationGenerationIntegrationTests {

    private static final RegionCode COUNTY = RegionCode.of("419956");
    private static final int PER_YEAR = 100;
    private static final int YEARS = 5;
    private static final String OF_COUNTY = " from disclosure.publication where region_code = '419956'";
    private static PublicationGeneration.County made;

    @Autowired RegistryGeneration registry;
    @Autowired CatalogGeneration catalog;
    @Autowired PartyGeneration parties;
    @Autowired InspectionGeneration inspections;
    @Autowired CaseGeneration cases;
    @Autowired PublicationGeneration publications;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void generateOnce() {
        if (made == null) {
            RegistryGeneration.County county = registry.generateCounty(COUNTY, 200, 13);
            catalog.generateCounty(COUNTY, county.name(), 40, 13);
            catalog.fileInspectionLists(COUNTY, county.name(), 13);
            parties.generate(COUNTY, 500, 13);
            inspections.generateCounty(COUNTY, 120, YEARS, 13, false);
            cases.generateCounty(COUNTY, PER_YEAR, YEARS, 13);
            made = publications.generateCounty(COUNTY, 13);
        }
    }

    /** The county's day, as the generator and PublicationWatch count it: the database's own day is UTC's. */
    private static final String COUNTY_TODAY = "(now() at time zone 'Asia/Shanghai')::date";

    @Test
    void everyGeneralProcedurePenaltyDecisionIsPublishedOnceAndNothingElse() {
        long penalties = count("""
                select count(*) from casework.penalty_case c
                  join casework.proposal p on p.case_id = c.id and p.stage = 'DECIDED'
                 where c.region_code = '419956' and c.decided_on is not null and p.kind = 'PENALTY'
                   and c.procedure = 'GENERAL'""");
        assertThat(penalties).isPositive();
        assertThat(made.publications()).isEqualTo(penalties);
        assertThat(count("select count(*)" + OF_COUNTY)).isEqualTo(penalties);
        assertThat(made.decisions()).as("decisions read, those not published among them").isGreaterThan(penalties);
        assertThat(count("""
                select count(*) from disclosure.publication d join casework.penalty_case c on c.id = d.case_id
                 where d.region_code = '419956' and (c.agency_id <> d.agency_id or c.decided_on <> d.decided_on)"""))
                .isZero();
        assertThat(count("select count(distinct decision_number)" + OF_COUNTY)).isEqualTo(penalties);
    }

    @Test
    void noRepresentativesNameIsLeftInAPublishedTextAndTheirNamesReadAsSurnameMou() {
        List<Map<String, Object>> named = jdbc.sql("""
                select party_name, redacted_text, original_text, (select s ->> 'text' from jsonb_array_elements(sections) s
                                                                   where s ->> 'heading' = '法定代表人') as person
                """ + OF_COUNTY).query().listOfRows().stream().filter(row -> row.get("person") != null).toList();
        assertThat(named).hasSizeGreaterThan(10);
        for (Map<String, Object> row : named) {
            String person = (String) row.get("person");
            String redacted = (String) row.get("redacted_text");
            assertThat((String) row.get("original_text")).contains("当事人的负责人" + person + "对上述事实无异议");
            assertThat(redacted).doesNotContain(person).contains("当事人的负责人" + person.charAt(0) + "某");
            assertThat(redacted).as("the enterprise's name stays").contains((String) row.get("party_name"));
        }
        assertThat(made.redactions()).isGreaterThanOrEqualTo(named.size() * 2L);
    }

    @Test
    void statesFollowTheDecisionsAge() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        assertThat(made.byState()).containsKeys("PUBLISHED", "EXPIRED");
        long all = count("select count(*)" + OF_COUNTY + " and published_on is not null");
        long onTime = count("select count(*)" + OF_COUNTY + " and published_on <= due_on");
        assertThat((double) onTime / all).isBetween(0.8, 0.95);
        assertThat(count("select count(*)" + OF_COUNTY + " and state = 'PENDING' and decided_on < " + COUNTY_TODAY + " - 90"))
                .as("only recent decisions wait").isZero();
        assertThat(count("select count(*)" + OF_COUNTY + " and state = 'EXPIRED' and expires_on >= " + COUNTY_TODAY))
                .isZero();
        assertThat(count("select count(*)" + OF_COUNTY + " and state = 'PUBLISHED' and expires_on < " + COUNTY_TODAY))
                .isZero();
        assertThat(count("select count(*)" + OF_COUNTY + " and published_on > due_on and overdue_raised_at is null"))
                .as("late ones were reported").isZero();
        assertThat(count("select count(*)" + OF_COUNTY + " and state = 'WITHDRAWN' and (withdrawal_reason is null"
                + " or withdrawn_at::date < published_on)")).isZero();
        assertThat(count("select count(*)" + OF_COUNTY + " and published_on >= ?", today)).isZero();
    }

    /** The feed carries the generated history as the events would have: each change once, in the order it happened. */
    @Test
    void theFeedCarriesEveryPublicationWithdrawalAndExpiryInTheOrderTheyHappened() {
        String entries = " from disclosure.feed_entry where region_code = '419956'";
        assertThat(count("select count(*)" + entries + " and kind = 'PUBLISHED'"))
                .isEqualTo(count("select count(*)" + OF_COUNTY + " and published_at is not null")).isPositive();
        assertThat(count("select count(*)" + entries + " and kind = 'WITHDRAWN'"))
                .isEqualTo(count("select count(*)" + OF_COUNTY + " and state = 'WITHDRAWN' and published_at is not null"));
        assertThat(count("select count(*)" + entries + " and kind = 'EXPIRED'"))
                .isEqualTo(count("select count(*)" + OF_COUNTY + " and state = 'EXPIRED'")).isPositive();
        assertThat(count("select count(*) from (select publication_id, kind" + entries
                + " group by 1, 2 having count(*) > 1) twice")).isZero();
        assertThat(count("""
                select count(*) from (select coalesce(withdrawn_on, expired_on, published_on) happened,
                       lag(coalesce(withdrawn_on, expired_on, published_on)) over (order by id) before
                  from disclosure.feed_entry where region_code = '419956') e where happened < before""")).isZero();
        assertThat(count("select count(*)" + entries + " and (agency_name = '' or party is null)")).isZero();
    }

    @Test
    void theSameSeedWritesTheSameRowsAndACountyIsNotGeneratedTwice() {
        String before = digest();
        assertThatThrownBy(() -> publications.generateCounty(COUNTY, 13)).isInstanceOf(IllegalStateException.class);
        jdbc.sql("delete from disclosure.feed_entry where region_code = '419956'").update();
        jdbc.sql("delete" + OF_COUNTY).update();
        PublicationGeneration.County again = publications.generateCounty(COUNTY, 13);
        assertThat(again.byState()).isEqualTo(made.byState());
        assertThat(again.redactions()).isEqualTo(made.redactions());
        assertThat(digest()).isEqualTo(before);
    }

    private String digest() {
        return jdbc.sql("select md5(string_agg(concat_ws('|', case_id, decision_number, state, published_on,"
                + " withdrawn_at, withdrawal_reason, expires_on, redacted_text, spans::text), ',' order by case_id))"
                + OF_COUNTY).query(String.class).single();
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
