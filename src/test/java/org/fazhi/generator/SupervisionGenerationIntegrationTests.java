package org.fazhi.generator;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.SupervisionGeneration;
import org.fazhi.supervision.monitoring.Monitoring;
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
 * A small generated county's supervision history: its live alerts are exactly what the monitoring finds today,
 * its transfers follow the cases casework decided as 移送, its findings of fault come from its own supervision
 * records; a second run adds nothing, and the same seed on the same day gives the same history again.
 */
@FazhiIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupervisionGenerationIntegrationTests {

    private static final RegionCode COUNTY = RegionCode.of("419955");
    private static final long SEED = 17;
    private static final int YEARS = 3;

    @Autowired GeneratedCounties counties;
    @Autowired SupervisionGeneration supervision;
    @Autowired Monitoring monitoring;
    @Autowired JdbcClient jdbc;

    SupervisionGeneration.County made;

    @BeforeAll
    void generateACounty() {
        counties.generate(COUNTY, new GeneratedCounties.Sizes(150, 30, 400, 300, 250, YEARS), SEED);
        made = supervision.generateCounty(COUNTY, YEARS, SEED);
    }

    @Test
    @Order(1)
    void liveAlertsAreExactlyWhatAFreshFullPassFinds() {
        Monitoring.CountyPass pass = monitoring.fullPass(COUNTY, monitoring.today());

        assertThat(pass.raised()).as("nothing new: %s", pass.rules()).isZero();
        assertThat(pass.cleared()).as("nothing gone").isZero();
        assertThat(pass.holding()).as("every cause found is a live alert")
                .isEqualTo(count("select count(*) from supervision.alert where region_code = ?"
                        + " and state in ('OPEN', 'ACKNOWLEDGED')"));
        assertThat(made.alerts().passes()).as("half-years of the history, then today").isGreaterThan(YEARS);
        assertThat(made.alerts().open() + made.alerts().acknowledged()).isPositive();
        assertThat(made.alerts().cleared() + made.alerts().resolved() + made.alerts().dismissed())
                .as("causes of past passes gone since").isPositive();
        assertThat(made.alerts().acknowledged()).as("older live alerts taken up").isPositive();
        assertThat(made.alerts().resolved()).as("gone causes a supervisor closed").isPositive();
        assertThat(made.alerts().dismissed()).isPositive();
    }

    @Test
    void supervisorsHandledAlertsInOrderAndNeverBeforeTheCauseHeld() {
        assertThat(count("""
                select count(*) from supervision.alert where region_code = ?
                   and (since > raised_on or ended_on < raised_on or acknowledged_at > coalesce(ended_at, now())
                        or (state in ('RESOLVED', 'DISMISSED') and (end_reason is null or owner_name is null))
                        or (state = 'ACKNOWLEDGED' and owner_name is null))""")).isZero();
        assertThat(count("""
                select count(*) from supervision.alert a where region_code = ?
                   and (select act from supervision.alert_event e where e.alert_id = a.id order by id limit 1)
                       is distinct from 'RAISED'""")).as("each history starts with the raising").isZero();
        assertThat(count("""
                select count(*) from supervision.alert a where region_code = ? and state in ('RESOLVED', 'DISMISSED')
                   and exists (select 1 from supervision.alert b where b.rule_code = a.rule_code and b.id <> a.id
                                  and b.subject_type = a.subject_type and b.subject_id = a.subject_id
                                  and b.since = a.since)""")).as("a judged cause is never raised again").isZero();
    }

    @Test
    void transfersFollowTheCasesDecidedAsTransferred() {
        LocalDate today = monitoring.today();
        List<Long> decided = jdbc.sql("""
                select c.id from casework.penalty_case c join casework.proposal p on p.case_id = c.id
                 where c.region_code like ? and p.stage = 'DECIDED' and p.kind = 'TRANSFERRED' and c.decided_on < ?
                 order by c.id""").params(COUNTY.value() + "%", today).query(Long.class).list();
        List<Long> transferred = jdbc.sql("""
                select case_id from supervision.transfer where region_code = ? and kind = 'PUBLIC_SECURITY'
                 order by case_id""").param(COUNTY.value()).query(Long.class).list();

        assertThat(decided).isNotEmpty();
        assertThat(transferred).isEqualTo(decided);
        assertThat(count("""
                select count(*) from supervision.transfer t where region_code = ?
                   and (not exists (select 1 from supervision.transfer_deadline d where d.transfer_id = t.id)
                        or (state = 'CLOSED') <> (closed_on is not null)
                        or (state = 'CLOSED' and exists (select 1 from supervision.transfer_deadline d
                                where d.transfer_id = t.id and d.met_at is null and not d.dropped))
                        or (state in ('FILED', 'NOT_FILED', 'CLOSED') and kind = 'PUBLIC_SECURITY'
                            and decided_on is null)
                        or handed_over_at < approved_at or closed_on >= ?)""", today))
                .as("each transfer's steps in order, its limits met or open as its state says").isZero();
        assertThat(made.transfers().toPublicSecurity()).isEqualTo(decided.size());
    }

    @Test
    void findingsOfFaultComeFromTheCountysOwnSupervisionRecords() {
        assertThat(made.accountability().findings()).isPositive();
        assertThat(count("""
                select count(*) from supervision.accountability_finding f where region_code = ?
                   and not case source_type
                        when 'SUPERVISION_FINDING' then exists (select 1 from supervision.finding s
                             where s.id = f.source_id and s.agency_id = f.agency_id)
                        when 'CASE_FILE_REVIEW' then exists (select 1 from supervision.review_file r
                             where r.id = f.source_id and r.agency_id = f.agency_id)
                        when 'TRANSFER' then exists (select 1 from supervision.transfer t
                             where t.id = f.source_id and t.agency_id = f.agency_id
                               and t.kind = 'SUPERVISION_COMMISSION')
                        else false end""")).isZero();
        assertThat(count("""
                select count(*) from supervision.accountability_finding f where region_code = ? and not pursued
                   and exists (select 1 from supervision.accountability_person p where p.finding_id = f.id)"""))
                .as("nobody is handled for a finding not pursued").isZero();
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void aSecondRunAddsNothingAndTheSameSeedGivesTheSameHistory() {
        String before = signature();

        assertThat(supervision.generateCounty(COUNTY, YEARS, SEED).isEmpty()).isTrue();
        assertThat(signature()).isEqualTo(before);

        jdbc.sql("delete from supervision.alert_event where alert_id in (select id from supervision.alert"
                + " where region_code = ?)").param(COUNTY.value()).update();
        jdbc.sql("delete from supervision.alert where region_code = ?").param(COUNTY.value()).update();
        jdbc.sql("delete from supervision.accountability_finding where region_code = ?").param(COUNTY.value())
                .update();
        jdbc.sql("delete from supervision.transfer where region_code = ?").param(COUNTY.value()).update();
        SupervisionGeneration.County again = supervision.generateCounty(COUNTY, YEARS, SEED);

        assertThat(again.rounds().rounds()).as("the rounds were there").isZero();
        assertThat(again.transfers()).usingRecursiveComparison().ignoringFields("millis")
                .isEqualTo(made.transfers());
        assertThat(signature().lines().toList()).as("regenerated alike").isEqualTo(before.lines().toList());
    }

    /** The county's transfers, findings of fault and alerts, without their ids. */
    private String signature() {
        return String.join("\n", jdbc.sql("""
                select concat_ws('|', case_id, kind, state, outcome, approved_at, handed_over_at, decided_on, closed_on,
                       (select string_agg(concat_ws(',', d.kind, d.due_on, d.met_at, d.dropped), ';' order by d.kind)
                          from supervision.transfer_deadline d where d.transfer_id = t.id))
                  from supervision.transfer t where region_code = :county
                union all
                select concat_ws('|', source_type, case when source_type = 'TRANSFER' then (select t.case_id
                       from supervision.transfer t where t.id = f.source_id) else source_id end, found_on, pursued, not_pursued_reason, circulated,
                       referred_to_discipline, (select string_agg(concat_ws(',', p.name, p.handling), ';'
                                                   order by p.position)
                          from supervision.accountability_person p where p.finding_id = f.id))
                  from supervision.accountability_finding f where region_code = :county
                union all
                select concat_ws('|', rule_code, subject_type, subject_id, since, state, raised_on, ended_on,
                       acknowledged_at, acknowledged_by, ended_by, end_reason)
                  from supervision.alert where region_code = :county
                order by 1""").param("county", COUNTY.value()).query(String.class).list());
    }

    private long count(String sql, Object... more) {
        Object[] params = new Object[more.length + 1];
        params[0] = COUNTY.value();
        System.arraycopy(more, 0, params, 1, more.length);
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
