package org.fazhi.generator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.governance.GovernanceGeneration;
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
 * A small generated county's 依法决策: five years of normative documents from public comment to filing, entry into
 * force, clean-up and expiry, and five catalogues of major decisions with their procedures; states consistent with
 * their days (nothing on or after today), dates computed as the terms compute them; the governance indicators
 * plausible on it; a second run adds nothing and the same seed gives the same history.
 */
@FazhiIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GovernanceGenerationIntegrationTests {

    private static final RegionCode COUNTY = RegionCode.of("419982");
    private static final long SEED = 31;
    private static final int YEARS = 5;
    private static final int PER_YEAR = 10;
    private static final String ALL_PROCEDURES = "('PUBLIC_PARTICIPATION', 'EXPERT_ARGUMENTATION', 'RISK_ASSESSMENT', "
            + "'LEGALITY_REVIEW', 'COLLECTIVE_DISCUSSION')";

    @Autowired RegistryGeneration registry;
    @Autowired GovernanceGeneration governance;
    @Autowired IndicatorCatalog indicators;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    GovernanceGeneration.County made;

    @BeforeAll
    void generateACounty() {
        registry.generateCounty(COUNTY, 60, SEED);
        made = governance.generateCounty(COUNTY, YEARS, PER_YEAR, SEED);
    }

    @Test
    void aboutTenDocumentsAndSixDecisionsAYearWithACleanUpEachAutumn() {
        List<Long> published = jdbc.sql("""
                select count(*) from governance.normative_document where region_code = ? and published_on is not null
                 group by extract(year from published_on) order by extract(year from published_on)""")
                .param(COUNTY.value()).query(Long.class).list();

        assertThat(published.subList(1, YEARS - 1)).allSatisfy(n -> assertThat(n).isBetween(5L, 16L));
        assertThat(made.documents()).isEqualTo(count("select count(*) from "
                + "governance.normative_document where region_code = ?"));
        assertThat(made.published()).isLessThan(made.documents());
        assertThat(made.campaigns()).isEqualTo(count("select count(*) from governance.cleanup_campaign "
                + "where region_code = ?")).isBetween(YEARS - 1L, (long) YEARS);
        assertThat(made.dispositions()).isEqualTo(count("select count(*) from governance.cleanup_decision"
                + " x join governance.cleanup_campaign c on c.id = x.campaign_id where c.region_code = ?"));
        assertThat(states()).contains("IN_FORCE", "EXPIRED", "REPEALED").hasSizeGreaterThanOrEqualTo(4);
        assertThat(made.catalogues()).isEqualTo(YEARS);
        assertThat(count("select count(*) from governance.major_decision m join governance.decision_catalogue c "
                + "on c.id = m.catalogue_id where c.region_code = ? and m.region_code = c.region_code"))
                .isEqualTo(made.decisions()).isBetween(YEARS * 4L, YEARS * 8L);
        assertThat(made.decided()).isLessThan(made.decisions());
        assertThat(made.evaluated()).isPositive();
    }

    @Test
    void publishedDocumentsWereReviewedDeliberatedAndDatedAsTheTermsDateThem() {
        assertThat(count("""
                select count(*) from governance.normative_document where region_code = ? and published_on is not null
                   and (legality_conclusion = 'UNLAWFUL' or legality_reviewed_on > published_on
                        or deliberated_on > published_on or fair_competition_on > deliberated_on
                        or legality_reviewed_on <= comment_to or published_on >= current_date
                        or effective_from <> published_on + 30 or filing_due_on <> published_on + 30
                        or valid_until <> (effective_from + case when provisional then interval '2 years'
                                           else interval '5 years' end)::date - 1
                        or registration_number !~ ('^' || region_code || '-' || extract(year from published_on)
                                                   || '-[0-9]{3}$'))""")).isZero();
        assertThat(count("""
                select count(*) from governance.normative_document where region_code = ? and comment_to is not null
                   and comment_to - comment_from < case when business_related then 29 else 8 end""")).isZero();
        assertThat(count("""
                select count(*) from (select registration_number, row_number() over (partition by
                           extract(year from published_on) order by published_on, registration_number) as serial
                      from governance.normative_document where region_code = ? and published_on is not null) d
                 where split_part(d.registration_number, '-', 3)::integer <> d.serial""")).isZero();
    }

    @Test
    void filingsFallWithinTheirBoundsAndStatesFollowTheirDays() {
        assertThat(count("""
                select count(*) from governance.normative_document where region_code = ?
                   and (filed_government_on < published_on or filed_congress_on < published_on
                        or filed_government_on >= current_date or filed_congress_on >= current_date
                        or filed_government_on > published_on + 60 or filed_congress_on > published_on + 60
                        or (state = 'FILED' and (filed_government_on is null or filed_congress_on is null
                                                 or effective_from < current_date))
                        or (state = 'PUBLISHED' and effective_from < current_date)
                        or (state = 'IN_FORCE' and (effective_from >= current_date or valid_until < current_date - 1))
                        or (state in ('EXPIRED', 'REPEALED') and (ended_on is null or ended_on >= current_date))
                        or (state in ('DRAFTING', 'PUBLIC_COMMENT', 'LEGALITY_REVIEW', 'FAIR_COMPETITION_REVIEW',
                                      'DELIBERATION') and published_on is not null))""")).isZero();
        assertThat(count("select count(*) from governance.normative_document where region_code = ? "
                + "and filed_congress_on > filing_due_on")).as("some filed late").isPositive();
        assertThat(count("""
                select count(*) from governance.cleanup_decision x
                  join governance.cleanup_campaign c on c.id = x.campaign_id
                  join governance.normative_document d on d.id = x.document_id
                 where c.region_code = ? and (x.decided_on < c.started_on or x.decided_on >= current_date
                        or d.published_on > c.started_on
                        or (x.disposition = 'REPEAL' and (d.state <> 'REPEALED' or d.ended_on <> x.decided_on))
                        or (x.disposition = 'DECLARE_INVALID' and (d.state <> 'EXPIRED'
                                                                   or d.ended_on <> x.decided_on)))""")).isZero();
    }

    @Test
    void everyDecidedMajorDecisionHasEveryProcedureDoneByItsDay() {
        assertThat(count("""
                select count(*) from governance.major_decision m where m.region_code = ? and m.decided_on is not null
                   and ((select count(*) from governance.decision_step s where s.decision_id = m.id
                           and s.kind in %s and s.done_on <= m.decided_on) <> 5
                        or m.decided_on >= current_date or m.evaluated_on < m.decided_on
                        or m.evaluated_on >= current_date)""".formatted(ALL_PROCEDURES))).isZero();
        assertThat(count("""
                select count(*) from governance.decision_step s join governance.major_decision m on m.id = s.decision_id
                 join governance.decision_catalogue c on c.id = m.catalogue_id
                 where m.region_code = ? and (s.done_on >= current_date or s.done_on < c.published_on
                        or s.done_on > m.decided_on)""")).isZero();
        assertThat(count("select count(*) from governance.major_decision m where m.region_code = ? "
                + "and m.decided_on is null and exists (select 1 from governance.decision_step s "
                + "where s.decision_id = m.id)")).as("some under way").isPositive();
    }

    @Test
    void theGovernanceIndicatorsArePlausibleOnTheGeneratedCounty() {
        LocalDate today = LocalDate.now(clock);
        Period years = new Period(LocalDate.of(today.getYear() - YEARS + 1, 1, 1), today.minusDays(1));
        Map<String, Figure> figures = indicators.all().stream().filter(i -> GOVERNANCE.contains(i.code()))
                .collect(Collectors.toMap(i -> i.code(), i -> i.measure(COUNTY, years).total()));

        assertThat(figures).hasSize(GOVERNANCE.size());
        assertThat(figures.get("NORMATIVE_DOCUMENTS_ISSUED").numerator()).isEqualTo(made.published());
        assertThat(figures.get("NORMATIVE_REVIEWED_BEFORE_ISSUE_RATE").asDouble()).isEqualTo(100.0);
        assertThat(figures.get("NORMATIVE_FILED_ON_TIME_RATE").asDouble()).isBetween(60.0, 95.0);
        assertThat(figures.get("NORMATIVE_CLEANUP_RETAIN").numerator()).isPositive();
        assertThat(figures.get("NORMATIVE_CLEANUP_RETAIN").numerator() + figures.get("NORMATIVE_CLEANUP_AMEND")
                .numerator() + figures.get("NORMATIVE_CLEANUP_REPEAL").numerator()
                + figures.get("NORMATIVE_CLEANUP_DECLARE_INVALID").numerator())
                .isEqualTo(made.dispositions());
        assertThat(figures.get("MAJOR_DECISION_CATALOGUE_ITEMS").numerator()).isEqualTo(made.decisions());
        assertThat(figures.get("MAJOR_DECISIONS_DECIDED").numerator()).isEqualTo(made.decided());
        assertThat(figures.get("MAJOR_DECISIONS_COMPLETE_RATE").asDouble()).isEqualTo(100.0);
        assertThat(figures.get("MAJOR_DECISIONS_EVALUATED").numerator()).isEqualTo(made.evaluated());
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void aSecondRunAddsNothingAndTheSameSeedGivesTheSameHistory() {
        String before = fingerprint();

        assertThat(governance.generateCounty(COUNTY, YEARS, PER_YEAR, SEED).isEmpty()).isTrue();
        jdbc.sql("delete from governance.cleanup_campaign where region_code = ?").param(COUNTY.value()).update();
        jdbc.sql("delete from governance.normative_document where region_code = ?").param(COUNTY.value()).update();
        jdbc.sql("delete from governance.major_decision where region_code = ?").param(COUNTY.value()).update();
        jdbc.sql("delete from governance.decision_catalogue where region_code = ?").param(COUNTY.value()).update();
        governance.generateCounty(COUNTY, YEARS, PER_YEAR, SEED);

        assertThat(fingerprint()).isEqualTo(before);
    }

    private static final Set<String> GOVERNANCE = Set.of("NORMATIVE_DOCUMENTS_ISSUED",
            "NORMATIVE_REVIEWED_BEFORE_ISSUE_RATE", "NORMATIVE_FILED_ON_TIME_RATE", "NORMATIVE_CLEANUP_RETAIN",
            "NORMATIVE_CLEANUP_AMEND", "NORMATIVE_CLEANUP_REPEAL", "NORMATIVE_CLEANUP_DECLARE_INVALID",
            "MAJOR_DECISION_CATALOGUE_ITEMS", "MAJOR_DECISIONS_DECIDED", "MAJOR_DECISIONS_COMPLETE_RATE",
            "MAJOR_DECISIONS_EVALUATED");

    /** Everything generated but the ids. */
    private String fingerprint() {
        return jdbc.sql("""
                select md5(concat(
                  (select string_agg(concat_ws('|', d.agency_id, d.title, d.state, d.comment_from, d.comment_to,
                          d.comments_received, d.legality_reviewed_on, d.legality_conclusion, d.fair_competition_on,
                          d.deliberated_on, d.registration_number, d.document_number, d.published_on,
                          d.filed_government_on, d.filed_congress_on, d.ended_on, d.ended_reason,
                          (select string_agg(concat_ws('/', c.name, x.disposition, x.decided_on), ',' order by c.name)
                             from governance.cleanup_decision x join governance.cleanup_campaign c
                               on c.id = x.campaign_id where x.document_id = d.id)), ';'
                          order by d.comment_from nulls last, d.title, d.agency_id, d.legality_reviewed_on)
                     from governance.normative_document d where d.region_code = :county),
                  (select string_agg(concat_ws('|', c.year, c.published_on, m.agency_id, m.title, m.decided_on,
                          m.evaluated_on, m.evaluation,
                          (select string_agg(concat_ws('/', s.kind, s.done_on, s.evidence, s.recorded_by), ','
                                             order by s.kind) from governance.decision_step s
                            where s.decision_id = m.id)), ';' order by c.year, m.title)
                     from governance.major_decision m join governance.decision_catalogue c on c.id = m.catalogue_id
                    where m.region_code = :county)))""").param("county", COUNTY.value()).query(String.class)
                .single();
    }

    private List<String> states() {
        return jdbc.sql("select distinct state from governance.normative_document where region_code = ?")
                .param(COUNTY.value()).query(String.class).list();
    }

    private long count(String sql) {
        return jdbc.sql(sql).param(COUNTY.value()).query(Long.class).single();
    }
}
