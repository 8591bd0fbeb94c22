package org.fazhi.generator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.CaseGeneration;
import org.fazhi.catalog.CatalogGeneration;
import org.fazhi.disputes.LitigationGeneration;
import org.fazhi.disputes.LostLawsuits;
import org.fazhi.entities.PartyGeneration;
import org.fazhi.platform.Figure;
import org.fazhi.registry.RegistryGeneration;
import org.fazhi.reporting.IndicatorCatalog;
import org.fazhi.shared.Period;
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
 * A small generated county's 行政应诉: some dozens of first-instance lawsuits a year over five years with their
 * defence, hearings and outcomes, appeals and retrials naming the lawsuit they continue, some over the county's own
 * decided penalties, a few suggestions and the 府院联动; kept as the aggregates keep them; nothing on or after today;
 * the litigation indicators plausible on it; a second run adds nothing and the same seed gives the same history.
 */
@FazhiIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LitigationGenerationIntegrationTests {

    private static final RegionCode COUNTY = RegionCode.of("419981");
    private static final long SEED = 29;
    private static final int YEARS = 5;
    private static final int PER_YEAR = 40;

    @Autowired RegistryGeneration registry;
    @Autowired CatalogGeneration catalog;
    @Autowired PartyGeneration parties;
    @Autowired CaseGeneration cases;
    @Autowired LitigationGeneration litigation;
    @Autowired LostLawsuits lostLawsuits;
    @Autowired IndicatorCatalog indicators;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    LitigationGeneration.County made;

    @BeforeAll
    void generateACounty() {
        RegistryGeneration.County county = registry.generateCounty(COUNTY, 100, SEED);
        catalog.generateCounty(COUNTY, county.name(), 30, SEED);
        parties.generate(COUNTY, 200, SEED);
        cases.generateCounty(COUNTY, 150, YEARS, SEED);
        made = litigation.generateCounty(COUNTY, YEARS, PER_YEAR, SEED);
    }

    @Test
    void someDozensOfFirstInstanceLawsuitsAYearWithAppealsSuggestionsAndMeetings() {
        List<Long> perYear = jdbc.sql("""
                select count(*) from disputes.lawsuit where region_code = ? and instance = 'FIRST'
                 group by extract(year from served_on) order by extract(year from served_on)""")
                .param(COUNTY.value()).query(Long.class).list();

        assertThat(perYear.subList(0, YEARS - 1)).allSatisfy(n -> assertThat(n).isBetween(30L, 50L));
        assertThat(made.lawsuits()).isEqualTo(count("select count(*) from disputes.lawsuit where region_code = ?"));
        assertThat(made.appeals()).isEqualTo(count("select count(*) from disputes.lawsuit where region_code = ? "
                + "and instance <> 'FIRST'")).isBetween(made.lawsuits() / 10, made.lawsuits() / 3);
        assertThat(made.hearings()).isEqualTo(count("select count(*) from disputes.lawsuit_hearing h join "
                + "disputes.lawsuit s on s.id = h.lawsuit_id where s.region_code = ?"));
        assertThat(made.concluded()).isGreaterThan(made.lawsuits() * 3 / 4);
        assertThat(distinct("outcome")).contains("CLAIMS_DISMISSED", "SUIT_REJECTED", "WITHDRAWN", "REVOKED")
                .hasSizeGreaterThanOrEqualTo(7);
        assertThat(distinct("instance")).contains("FIRST", "SECOND");
        assertThat(made.suggestions()).isEqualTo(count("select count(*) from disputes.judicial_suggestion where "
                + "region_code = ?")).isBetween(YEARS * 3L, YEARS * 7L);
        assertThat(made.meetings()).isEqualTo(count("select count(*) from disputes.court_link_meeting where "
                + "region_code = ?")).isBetween(2L * YEARS - 2, 2L * YEARS);
        assertThat(made.issues()).isEqualTo(count("select count(*) from disputes.court_link_issue where "
                + "region_code = ? and meeting_id is not null"));
    }

    @Test
    void everyLawsuitKeepsItsDatesAsTheAggregateDoes() {
        assertThat(count("""
                select count(*) from disputes.lawsuit s where s.region_code = ?
                   and (s.served_on >= current_date or s.decided_on >= current_date
                        or s.defence_submitted_on >= current_date or s.defence_submitted_on < s.served_on
                        or s.defence_due_on not between s.served_on + 15 and s.served_on + 25
                        or s.decided_on < s.served_on
                        or exists (select 1 from disputes.lawsuit_hearing h where h.lawsuit_id = s.id
                                     and (h.held_on < s.served_on or h.held_on > s.decided_on
                                          or h.held_on >= current_date
                                          or (h.appearance = 'NONE') <> (h.appeared_by is null))))"""))
                .isZero();
        assertThat(count("select count(*) from disputes.lawsuit where region_code = ? and defence_submitted_on > "
                + "defence_due_on")).as("a few defences late").isPositive();
        assertThat(count("select count(*) from disputes.lawsuit where region_code = ? and decided_on is null"))
                .as("the latest still open").isPositive();
    }

    @Test
    void appealsAndRetrialsContinueAConcludedLawsuitOfTheInstanceBelow() {
        assertThat(count("""
                select count(*) from disputes.lawsuit s left join disputes.lawsuit p on p.id = s.prior_id
                 where s.region_code = ? and s.instance <> 'FIRST'
                   and (p.id is null or p.decided_on >= s.served_on or p.agency_id <> s.agency_id
                        or p.plaintiff_name <> s.plaintiff_name or p.case_id is distinct from s.case_id
                        or p.instance <> case s.instance when 'SECOND' then 'FIRST' else 'SECOND' end)"""))
                .isZero();
        assertThat(count("select count(*) from disputes.lawsuit where region_code = ? and instance = 'FIRST' "
                + "and prior_id is not null")).isZero();
    }

    @Test
    void lostLawsuitsHaveTheirDayAndThoseOverPenaltiesNameTheCaseOfTheSameAgency() {
        LocalDate today = LocalDate.now(clock);
        List<LostLawsuits.LostLawsuit> lost = lostLawsuits.inCounty(COUNTY, today.minusYears(YEARS + 1), today);

        assertThat(lost).hasSize((int) made.lost()).isNotEmpty()
                .allSatisfy(s -> assertThat(s.decidedOn()).isBefore(today));
        assertThat(made.linked()).isPositive();
        assertThat(count("""
                select count(*) from disputes.lawsuit s where s.region_code = ? and s.case_id is not null
                   and not exists (select 1 from casework.penalty_case c where c.id = s.case_id
                                     and c.code = s.case_code and c.agency_id = s.agency_id
                                     and c.decided_on < s.served_on)""")).isZero();
        assertThat(count("""
                select count(*) from (select case_id from disputes.lawsuit where region_code = ?
                   and case_id is not null and instance = 'FIRST' group by case_id having count(*) > 1) twice"""))
                .isZero();
    }

    @Test
    void suggestionsAreDueAsReceivedAndRepliedNoLaterThanYesterday() {
        assertThat(count("""
                select count(*) from disputes.judicial_suggestion where region_code = ?
                   and (reply_due_on - received_on not in (30, 60) or replied_on < received_on
                        or replied_on >= current_date or received_on >= current_date)""")).isZero();
        assertThat(count("select count(*) from disputes.judicial_suggestion where region_code = ? "
                + "and replied_on > reply_due_on")).as("some replied late").isPositive();
    }

    @Test
    void theLitigationIndicatorsArePlausibleOnTheGeneratedCounty() {
        LocalDate today = LocalDate.now(clock);
        Period years = new Period(LocalDate.of(today.getYear() - YEARS + 1, 1, 1), today.minusDays(1));
        Map<String, Figure> figures = indicators.all().stream()
                .filter(i -> LITIGATION.contains(i.code()))
                .collect(Collectors.toMap(i -> i.code(), i -> i.measure(COUNTY, years).total()));

        assertThat(figures).hasSize(LITIGATION.size());
        assertThat(figures.get("LITIGATION_FILED").numerator()).isEqualTo(made.lawsuits());
        assertThat(figures.get("LITIGATION_FILED_FIRST").numerator()).isBetween(150L, 250L);
        assertThat(figures.get("LITIGATION_FILED_SECOND").numerator()).isPositive();
        assertThat(figures.get("LITIGATION_CONCLUDED").numerator()).isEqualTo(made.concluded());
        assertThat(figures.get("LITIGATION_LOSS_RATE").asDouble()).isBetween(5.0, 30.0);
        assertThat(figures.get("HEAD_APPEARANCE_RATE").asDouble()).isBetween(65.0, 95.0);
        assertThat(figures.get("ON_TIME_REPLY_RATE").asDouble()).isBetween(60.0, 100.0);
        assertThat(figures.get("COURT_LINK_ISSUES_RESOLVED_RATE").asDouble()).isBetween(50.0, 100.0);
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void aSecondRunAddsNothingAndTheSameSeedGivesTheSameHistory() {
        String before = fingerprint();

        assertThat(litigation.generateCounty(COUNTY, YEARS, PER_YEAR, SEED).lawsuits()).isZero();
        for (String table : List.of("lawsuit", "judicial_suggestion", "court_link_issue", "court_link_meeting")) {
            jdbc.sql("delete from disputes." + table + " where region_code = ?").param(COUNTY.value()).update();
        }
        litigation.generateCounty(COUNTY, YEARS, PER_YEAR, SEED);

        assertThat(fingerprint()).isEqualTo(before);
    }

    private static final Set<String> LITIGATION = Set.of("LITIGATION_FILED", "LITIGATION_FILED_FIRST",
            "LITIGATION_FILED_SECOND", "LITIGATION_FILED_RETRIAL", "LITIGATION_CONCLUDED", "LITIGATION_LOSS_RATE",
            "HEAD_APPEARANCE_RATE", "ON_TIME_REPLY_RATE", "COURT_LINK_ISSUES_RESOLVED_RATE");

    /** Everything generated but the encrypted ID numbers (a fresh IV each time) and the ids. */
    private String fingerprint() {
        return jdbc.sql("""
                select md5(concat(
                  (select string_agg(concat_ws('|', s.court_number, s.court, s.instance, p.court_number,
                          s.plaintiff_name, s.plaintiff_id_masked, s.agency_id, s.cause, s.act, s.case_id, s.served_on,
                          s.defence_due_on, s.defence_submitted_on, s.outcome, s.decided_on,
                          (select string_agg(concat_ws('/', h.held_on, h.appearance, h.appeared_by), ','
                                             order by h.position) from disputes.lawsuit_hearing h
                            where h.lawsuit_id = s.id)), ';' order by s.court_number)
                     from disputes.lawsuit s left join disputes.lawsuit p on p.id = s.prior_id
                    where s.region_code = :county),
                  (select string_agg(concat_ws('|', kind, issuer, agency_id, received_on, reply_due_on, content,
                          replied_on, reply), ';' order by received_on, content, agency_id, replied_on)
                     from disputes.judicial_suggestion where region_code = :county),
                  (select string_agg(concat_ws('|', m.held_on, i.issue, i.agency_id, i.due_on, i.resolved_on), ';'
                          order by m.held_on, i.issue, i.agency_id, i.due_on)
                     from disputes.court_link_issue i join disputes.court_link_meeting m on m.id = i.meeting_id
                    where i.region_code = :county)))""").param("county", COUNTY.value()).query(String.class)
                .single();
    }

    private List<String> distinct(String column) {
        return jdbc.sql("select distinct " + column + " from disputes.lawsuit where region_code = ? and "
                + column + " is not null").param(COUNTY.value()).query(String.class).list();
    }

    private long count(String sql) {
        return jdbc.sql(sql).param(COUNTY.value()).query(Long.class).single();
    }
}
