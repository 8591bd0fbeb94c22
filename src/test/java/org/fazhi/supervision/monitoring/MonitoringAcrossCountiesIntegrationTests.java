package org.fazhi.supervision.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.benchmark.MonitoringEvents;
import org.fazhi.generator.GeneratedCounties;
import org.fazhi.shared.RegionCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch of events spread over counties, which the rules answer with one read of each owning module for all the
 * counties together: the same subjects examined, the same causes, and the same alerts raised and cleared as the
 * events one by one (each a batch of one county). Two small generated counties, the newest records of both.
 */
@FazhiIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringAcrossCountiesIntegrationTests {

    private static final List<RegionCode> COUNTIES = List.of(RegionCode.of("419943"), RegionCode.of("419944"));
    /** 120 officers, 30 items, 300 parties, 200 inspections and 150 cases a year over 2 years, each county. */
    private static final GeneratedCounties.Sizes SIZES = new GeneratedCounties.Sizes(120, 30, 300, 200, 150, 2);

    @Autowired GeneratedCounties generated;
    @Autowired Monitoring monitoring;
    @Autowired JdbcClient jdbc;

    private List<Object> events = List.of();

    @BeforeAll
    void generateTwoCountiesAndTheirNewestEvents() {
        for (RegionCode county : COUNTIES) {
            generated.generate(county, SIZES, 43 + COUNTIES.indexOf(county));
        }
        events = MonitoringEvents.mix(jdbc, 300, COUNTIES);
    }

    @Test
    void everyRuleAnswersABatchOverTwoCountiesAsItAnswersEachEvent() {
        LocalDate today = monitoring.today();
        assertThat(MonitoringEvents.counties(events)).isEqualTo(COUNTIES.size());
        Set<String> heldIn = new TreeSet<>();
        for (MonitoringRule rule : monitoring.rules()) {
            boolean anyOne = events.stream().anyMatch(event -> rule.reassess(event, today).isPresent());
            assertThat(rule.reassess(events, today).isPresent()).as(rule.code()).isEqualTo(anyOne);
            if (anyOne) {
                Reassessment batch = BatchAnswers.asOneByOne(rule, events, today);
                batch.holding().forEach(cause -> heldIn.add(cause.county().value()));
            }
        }
        assertThat(heldIn).as("causes found in both counties")
                .containsExactlyElementsOf(COUNTIES.stream().map(RegionCode::value).toList());
    }

    @Test
    void theEngineRaisesAndClearsForABatchOverTwoCountiesWhatItDoesEventByEvent() {
        LocalDate today = monitoring.today();
        List<Seed> seeds = alertsWhoseCauseIsGone(today);
        assertThat(seeds).as("alerts for the batch to clear").isNotEmpty();
        startFrom(seeds, today);
        List<String> seeded = table();

        int changed = monitoring.process(events, today);
        List<String> afterBatch = table();
        startFrom(seeds, today);
        assertThat(table()).as("the same start").isEqualTo(seeded);
        for (Object event : events) {
            monitoring.process(event, today);
        }

        assertThat(table()).isEqualTo(afterBatch);
        assertThat(changed).isGreaterThan(seeds.size());
        for (RegionCode county : COUNTIES) {
            assertThat(afterBatch).as("raised in %s", county).anyMatch(row -> row.contains("|" + county.value() + "|")
                    && row.contains("|OPEN|"));
        }
        assertThat(afterBatch.stream().filter(row -> row.contains("|CLEARED|")).count()).isEqualTo(seeds.size());
    }

    /** An open alert about a record a rule looks at again for the batch and finds without cause. */
    private record Seed(String ruleCode, Subject subject, RegionCode county) {
    }

    /** Up to three subjects per rule and county that the batch examines and finds without cause. */
    private List<Seed> alertsWhoseCauseIsGone(LocalDate today) {
        List<Seed> seeds = new ArrayList<>();
        for (MonitoringRule rule : monitoring.rules()) {
            Optional<Reassessment> answer = rule.reassess(events, today);
            if (answer.isEmpty()) {
                continue;
            }
            List<Subject> gone = answer.get().examined().stream().filter(subject -> answer.get().holding().stream()
                    .noneMatch(cause -> cause.subject().sameRecord(subject))).toList();
            for (RegionCode county : COUNTIES) {
                gone.stream().skip(3L * COUNTIES.indexOf(county)).limit(3)
                        .forEach(subject -> seeds.add(new Seed(rule.code(), subject, county)));
            }
        }
        return seeds;
    }

    /** The two counties' alerts gone, then the seeds open. */
    private void startFrom(List<Seed> seeds, LocalDate today) {
        String[] counties = COUNTIES.stream().map(RegionCode::value).toArray(String[]::new);
        jdbc.sql("""
                delete from supervision.alert_event
                 where alert_id in (select id from supervision.alert where region_code = any(?))""")
                .param(counties).update();
        jdbc.sql("delete from supervision.alert where region_code = any(?)").param(counties).update();
        for (Seed seed : seeds) {
            jdbc.sql("""
                    insert into supervision.alert (rule_code, subject_type, subject_id, subject_reference, region_code,
                                                   since, summary, raised_on)
                    values (?, ?, ?, ?, ?, ?, '测试：原因已不存在的预警', ?)""")
                    .params(seed.ruleCode(), seed.subject().type(), seed.subject().id(), seed.subject().reference(),
                            seed.county().value(), today.minusDays(30), today.minusDays(30))
                    .update();
        }
    }

    /** The two counties' alerts, each as one line of all but its id and timestamps. */
    private List<String> table() {
        return jdbc.sql("""
                select concat_ws('|', rule_code, subject_type, subject_id, subject_reference, region_code, agency_id,
                                 since, summary, state, ended_on, ended_by, end_reason) || '|'
                  from supervision.alert where region_code = any(?)
                 order by 1""")
                .param(COUNTIES.stream().map(RegionCode::value).toArray(String[]::new)).query(String.class).list();
    }
}
