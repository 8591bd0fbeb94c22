package org.fazhi.generator;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.inspection.InspectionGeneration;
import org.fazhi.inspection.InspectionResult;
import org.fazhi.inspection.draw.CombinedSeed;
import org.fazhi.inspection.draw.Verification;
import org.fazhi.inspection.plan.PublishedDraws;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.generator.GeneratedInspections.COUNTY;
import static org.fazhi.generator.GeneratedInspections.PER_YEAR;
import static org.fazhi.generator.GeneratedInspections.YEARS;

/** Five years of a small county's generated inspections: how many, how distributed, and consistent throughout. */
@FazhiIntegrationTest
class InspectionGenerationIntegrationTests {

    private static final String TASKS = "inspection.task where region_code = '" + COUNTY.value() + "'";

    @Autowired GeneratedInspections generated;
    @Autowired PublishedDraws publishedDraws;
    @Autowired JdbcClient jdbc;
    @Autowired AnnouncedConclusions conclusions;

    InspectionGeneration.County made;

    @BeforeEach
    void generateOnce() {
        made = generated.county();
    }

    @Test
    void eachYearHasAboutTheAskedNumberOfInspectionsInTheIssuesProportions() {
        List<Long> perYear = jdbc.sql("select count(*) from " + TASKS
                + " group by extract(year from created_at) order by extract(year from created_at)")
                .query(Long.class).list();
        assertThat(perYear).hasSizeBetween(YEARS, YEARS + 1); // early January tasks may be asked for in December
        assertThat(made.tasks()).isBetween((long) (YEARS * PER_YEAR * 0.9), (long) (YEARS * PER_YEAR * 1.02));
        assertThat(share("kind = 'ROUTINE'", "true")).isBetween(0.52, 0.66);
        assertThat(share("kind = 'CASE'", "true")).isBetween(0.19, 0.31);
        assertThat(share("kind = 'SPECIAL'", "true")).isBetween(0.08, 0.17);
        assertThat(share("kind = 'HIGHER_SPECIAL'", "true")).isBetween(0.01, 0.06);
        assertThat(share("cardinality(agency_ids) > 1", "true")).isBetween(0.05, 0.11);
        assertThat(share("frequency_outcome = 'ALLOWED'", "true")).isGreaterThan(0.6);
        assertThat(count("frequency_outcome in ('WARNED', 'ESCALATE')")).isPositive();
        assertThat(share("status = 'CONCLUDED'", "true")).isGreaterThan(0.85);
        assertThat(count("status = 'REFUSED'")).isPositive();
        assertThat(share("result = 'NO_PROBLEM'", "status = 'CONCLUDED'")).isBetween(0.62, 0.78);
        assertThat(share("result = 'RECTIFICATION'", "status = 'CONCLUDED'")).isBetween(0.16, 0.28);
        assertThat(share("result = 'CASE_TO_FILE'", "status = 'CONCLUDED'")).isBetween(0.04, 0.12);
        assertThat(share("checked_in_at is not null", "status = 'CONCLUDED'")).isBetween(0.89, 0.97);
        assertThat((double) made.ratings() / count("status = 'CONCLUDED'")).isBetween(0.53, 0.67);
        assertThat((double) made.otherVisits() / made.tasks()).isBetween(0.08, 0.12);
        assertThat(jdbc.sql("""
                select avg(conduct) from inspection.evaluation where region_code = ?""").param(COUNTY.value())
                .query(Double.class).single()).isGreaterThan(4.0);
        assertThat(made.plans()).isEqualTo(2 * YEARS);
    }

    @Test
    void everyTaskHasTwoInspectorsOfItsAgenciesCertifiedAndCitesInspectionItemsInForce() {
        assertThat(count("(select count(*) from inspection.task_inspector i where i.task_id = task.id) <> 2"))
                .isZero();
        assertThat(count("exists (select 1 from inspection.task_inspector i where i.task_id = task.id"
                + " and not i.agency_id = any(task.agency_ids))")).isZero();
        assertThat(count("exists (select 1 from unnest(item_ids) cited left join catalog.item c on c.id = cited"
                + " where c.id is null or c.category <> 'INSPECTION' or c.effective_from > window_from"
                + " or coalesce(c.effective_to, window_to) < window_to)")).isZero();
        assertThat(count("""
                origin <> 'DRAW' and exists (select 1 from inspection.task_inspector i
                              join registry.certificate c on c.officer_id = i.officer_id
                                                         and c.number = i.certificate_number
                         where i.task_id = task.id and (c.issued_on > window_from or c.expires_on < window_to))"""))
                .as("officers certified for the whole window (a draw's: on the day its plan was published)")
                .isZero();
    }

    @Test
    void townshipTeamsInspectWithTheItemsDelegatedToTheirTownships() {
        String byTeam = "lead_agency_id in (select id from registry.agency where kind = 'TOWNSHIP_TEAM')";
        assertThat(count(byTeam)).isPositive();
        assertThat(count(byTeam + " and exists (select 1 from unnest(item_ids) cited where not exists ("
                + "select 1 from catalog.delegation d where d.item_id = cited and d.effective_from <= window_from))"))
                .as("a township team cites only items delegated to it by then").isZero();
    }

    @Test
    void statusesAgreeWithApprovalsScansAndResults() {
        String decisions = "(select count(*) from inspection.task_approval a where a.task_id = task.id and decision ";
        assertThat(count("status in ('APPROVED', 'CHECKED_IN', 'CONCLUDED', 'REVOKED') and ("
                + decisions + "is distinct from 'APPROVED') > 0 or " + decisions + "= 'APPROVED') = 0)")).isZero();
        assertThat(count("status = 'AWAITING_APPROVAL' and (" + decisions + "is null) = 0 or "
                + decisions + "= 'REFUSED') > 0)")).isZero();
        assertThat(count("status = 'REFUSED' and " + decisions + "= 'REFUSED') <> 1")).isZero();
        assertThat(count("(checked_in_at is not null) <> (status = 'CHECKED_IN' or status = 'CONCLUDED'"
                + " and checked_in_at is not null)")).isZero();
        assertThat(count("checked_in_at is not null and not exists (select 1 from inspection.code_scan s"
                + " where s.task_id = task.id and s.outcome = 'GENUINE' and s.scanned_at = task.checked_in_at)"))
                .isZero();
        assertThat(count("frequency_outcome = 'ESCALATE' and status <> 'REFUSED' and not exists (select 1 from"
                + " inspection.task_approval a where a.task_id = task.id and a.step = 'JUSTICE_BUREAU')")).isZero();
        assertThat(count("concluded_at < checked_in_at or checked_in_at < created_at or status = 'CONCLUDED'"
                + " and concluded_at::date < window_from")).isZero();
        assertThat(count("exists (select 1 from inspection.evaluation e where e.task_id = task.id"
                + " and (task.status <> 'CONCLUDED' or e.rated_at < task.concluded_at))")).isZero();
    }

    @Test
    void nothingHappensOnTheDayOfGenerationOrLater() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String since = "'" + today + " 00:00:00+08'";
        assertThat(count("created_at >= " + since + " or checked_in_at >= " + since + " or concluded_at >= "
                + since)).isZero();
        assertThat(count("exists (select 1 from inspection.task_approval a where a.task_id = task.id"
                + " and a.decided_at >= " + since + ")")).isZero();
    }

    @Test
    void everyGeneratedDrawVerifiesAgainstWhatWasPublished() {
        List<Long> plans = jdbc.sql("select id from inspection.plan where region_code = ? and status = 'DRAWN'")
                .param(COUNTY.value()).query(Long.class).list();
        assertThat(plans).hasSize(2 * YEARS);
        for (long plan : plans) {
            Verification verification = publishedDraws.verify(plan).orElseThrow();
            assertThat(verification.findings()).isEmpty();
            assertThat(verification.matches()).isTrue();
            assertThat(publishedDraws.document(plan).orElseThrow().seed()).isInstanceOfSatisfying(CombinedSeed.class,
                    seed -> assertThat(seed.entry().witnesses()).hasSize(2));
        }
        assertThat(jdbc.sql("""
                select count(*) from inspection.plan p join inspection.public_value v on v.plan_id = p.id
                 where p.region_code = ? and p.published_at < p.reading_at and p.reading_at <= v.entered_at""")
                .param(COUNTY.value()).query(Long.class).single()).as("values read after publication")
                .isEqualTo(plans.size());
        assertThat(count("origin = 'DRAW' and plan_id is null")).isZero();
        assertThat(jdbc.sql("""
                select count(*) from inspection.draw d
                 where d.region_code = ? and d.selected <> (select count(*) from inspection.task t
                                                             where t.plan_id = d.plan_id)""")
                .param(COUNTY.value()).query(Long.class).single()).as("one task per drawn party").isZero();
    }

    @Test
    void everyGeneratedCaseToFileIsAnnouncedAsTheTaskServiceAnnouncesIt() {
        List<String> filed = jdbc.sql("select id || ' ' || code || ' ' || party_id || ' ' || lead_agency_id || ' '"
                        + " || item_ids::text || ' ' || (concluded_at at time zone 'Asia/Shanghai')::date from "
                        + TASKS + " and result = 'CASE_TO_FILE' order by id")
                .query(String.class).list();
        List<String> announced = conclusions.of(COUNTY).stream()
                .peek(concluded -> assertThat(concluded.result()).isEqualTo(InspectionResult.CASE_TO_FILE))
                .map(concluded -> concluded.taskId() + " " + concluded.taskCode() + " " + concluded.partyId() + " "
                        + concluded.leadAgencyId() + " " + concluded.itemIds().toString().replace('[', '{')
                        .replace(']', '}').replace(" ", "") + " " + concluded.concludedOn())
                .toList();
        assertThat(filed).hasSizeGreaterThan(20);
        // Another test may generate the county again: the latest generation's announcements come last.
        assertThat(announced).endsWith(filed.toArray(String[]::new));
    }

    private long count(String where) {
        return jdbc.sql("select count(*) from " + TASKS + " and (" + where + ")").query(Long.class).single();
    }

    private double share(String matching, String among) {
        return jdbc.sql("select avg(case when " + matching + " then 1.0 else 0 end) from " + TASKS + " and ("
                + among + ")").query(Double.class).single();
    }
}
