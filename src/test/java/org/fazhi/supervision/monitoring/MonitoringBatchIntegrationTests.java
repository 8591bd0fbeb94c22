package org.fazhi.supervision.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.TestClock;
import org.fazhi.disclosure.DisclosureTestData;
import org.fazhi.registry.Counties;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.shared.BulkLoad;
import org.fazhi.shared.DataChanged;
import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.alert.AlertBook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The events of one committed transaction as one batch: the same alerts as the events one by one, collected by the
 * listener and processed once after the commit (never after a rollback), a failing rule spoiling nothing of the
 * others.
 */
@FazhiIntegrationTest
@RecordApplicationEvents
class MonitoringBatchIntegrationTests {

    private static final RegionCode COUNTY = RegistryTestData.COUNTY;

    @Autowired Monitoring monitoring;
    @Autowired DisclosureTestData disclosure;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired ApplicationEvents recorded;
    @Autowired AlertBook book;
    @Autowired Counties counties;
    @Autowired PlatformTransactionManager transactions;
    @Autowired MessageSource messages;

    /** An alert as the comparison sees it: everything but its id and timestamps. */
    record Row(String ruleCode, String subjectType, long subjectId, String subjectReference, String regionCode,
               @Nullable Long agencyId, LocalDate since, String summary, String state, @Nullable LocalDate endedOn,
               @Nullable String endedBy, @Nullable String endReason) {
    }

    /** What processing changes in an alert, to put it back. */
    record Saved(long id, String state, @Nullable String endedAt, @Nullable LocalDate endedOn,
                 @Nullable String endedBy, @Nullable String endReason, int version, String summary,
                 String subjectReference, @Nullable Long agencyId) {
    }

    @Test
    void aBatchRaisesAndClearsExactlyLikeTheSameEventsOneByOne() throws Exception {
        LocalDate today = LocalDate.now(clock);
        AtomicReference<DisclosureTestData.Decided> published = new AtomicReference<>();
        AtomicReference<DisclosureTestData.Decided> late = new AtomicReference<>();
        BulkLoad.run(() -> published.set(disclosure.decidedOn("批处理公示局", today.minusDays(40), "2000")));
        monitoring.fullPass(COUNTY, today);
        recorded.clear();
        BulkLoad.run(() -> {
            publish(published.get());
            late.set(disclosure.decidedOn("批处理新案局", today.minusDays(40), "3000"));
        });
        List<Object> events = new ArrayList<>(recorded.stream(Object.class).filter(MonitoringOfEvents::watched)
                .toList());
        events.addAll(List.copyOf(events)); // the same records touched again in the same transaction
        List<Saved> saved = saved();
        List<Row> before = table();

        int changed = monitoring.process(events, today);
        List<Row> afterBatch = table();
        restore(saved);
        assertThat(table()).as("put back").isEqualTo(before);
        for (Object event : events) {
            monitoring.process(event, today);
        }

        assertThat(table()).isEqualTo(afterBatch);
        assertThat(changed).isGreaterThanOrEqualTo(2);
        assertThat(afterBatch).as("cleared").anyMatch(row -> row.ruleCode().equals("PUBLICATION_OVERDUE")
                && row.subjectId() == publicationOf(published.get().caseId()) && row.state().equals("CLEARED"));
        assertThat(afterBatch).as("raised").anyMatch(row -> row.ruleCode().equals("PUBLICATION_OVERDUE")
                && row.subjectId() == publicationOf(late.get().caseId()) && row.state().equals("OPEN"));
    }

    @Test
    void theListenerProcessesOneTransactionsEventsOnceAfterItCommitsAndNothingOfARollback() {
        Recording rule = new Recording("TEST_BATCH_RECORDING");
        MonitoringOfEvents listener = new MonitoringOfEvents(engine(List.of(rule)));
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        Object first = changed(1);
        Object second = changed(2);
        Object third = changed(3);

        transaction.executeWithoutResult(status -> {
            listener.on(first);
            listener.on(second);
            listener.on("not a watched event");
            listener.on(third);
            assertThat(rule.batches).as("nothing before the commit").isEmpty();
        });
        assertThat(rule.batches).containsExactly(List.of(first, second, third));

        rule.batches.clear();
        transaction.executeWithoutResult(status -> {
            listener.on(first);
            status.setRollbackOnly();
        });
        assertThat(rule.batches).as("rolled back").isEmpty();

        TransactionTemplate inner = new TransactionTemplate(transactions);
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        transaction.executeWithoutResult(status -> {
            listener.on(first);
            inner.executeWithoutResult(nested -> listener.on(second));
            assertThat(rule.batches).as("the inner transaction's own batch").containsExactly(List.of(second));
            listener.on(third);
        });
        assertThat(rule.batches).containsExactly(List.of(second), List.of(first, third));

        rule.batches.clear();
        listener.on(first);
        BulkLoad.run(() -> listener.on(second));
        assertThat(rule.batches).as("outside a transaction at once; a bulk load never")
                .containsExactly(List.of(first));
    }

    @Test
    void aFailingRuleInABatchSpoilsNothingOfTheOthers() {
        LocalDate today = LocalDate.now(clock);
        long subject = 900_000_000L + System.nanoTime() % 1_000_000;
        Recording readFails = new Recording("TEST_BATCH_READ_FAILS") {
            @Override
            public Optional<Reassessment> reassess(List<?> events, LocalDate day) {
                jdbc.sql("select 1 / 0").query(Integer.class).single();
                return Optional.empty();
            }
        };
        Recording applyFails = new Recording("TEST_BATCH_APPLY_FAILS", cause(subject, ""));
        Recording holds = new Recording("TEST_BATCH_HOLDS", cause(subject, "批处理测试：原因成立"));
        Monitoring engine = engine(List.of(readFails, applyFails, holds));

        int changed = engine.process(List.of(changed(1), changed(2)), today);

        assertThat(changed).isEqualTo(1);
        assertThat(holds.batches).containsExactly(List.of(changed(1), changed(2)));
        assertThat(jdbc.sql("select rule_code from supervision.alert where subject_type = 'registry.agency'"
                + " and subject_id = ? and state = 'OPEN'").param(subject).query(String.class).list())
                .containsExactly("TEST_BATCH_HOLDS");
    }

    /** A rule that records the batches it is asked about and answers with its causes (read after the others'). */
    static class Recording implements MonitoringRule {

        final List<List<?>> batches = new ArrayList<>();
        private final String code;
        private final List<AlertCause> causes;

        Recording(String code, AlertCause... causes) {
            this.code = code;
            this.causes = List.of(causes);
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public List<AlertCause> scan(RegionCode county, LocalDate today) {
            return List.of();
        }

        @Override
        public Optional<Reassessment> reassess(List<?> events, LocalDate today) {
            batches.add(List.copyOf(events));
            return causes.isEmpty() ? Optional.empty() : Optional.of(new Reassessment(
                    causes.stream().map(AlertCause::subject).toList(), causes));
        }
    }

    private AlertCause cause(long subject, String summary) {
        return new AlertCause(new Subject("registry.agency", subject, "批处理测试局"), COUNTY, null,
                LocalDate.now(clock), summary);
    }

    private Monitoring engine(List<MonitoringRule> rules) {
        return new Monitoring(rules, book, counties, jdbc, transactions, messages, clock, 1, false);
    }

    private static DataChanged changed(long caseId) {
        return DataChanged.updated("casework.case", caseId, COUNTY, List.of("state"));
    }

    private void publish(DisclosureTestData.Decided decided) {
        try {
            mvc.perform(post("/api/v1/disclosure/publications/" + publicationOf(decided.caseId()) + "/publish")
                    .with(user(decided.handling().head())).with(csrf())).andExpect(status().isOk());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long publicationOf(long caseId) {
        return jdbc.sql("select id from disclosure.publication where case_id = ?").param(caseId).query(Long.class)
                .single();
    }

    private List<Row> table() {
        return jdbc.sql("""
                select rule_code, subject_type, subject_id, subject_reference, region_code, agency_id, since, summary,
                       state, ended_on, ended_by, end_reason
                  from supervision.alert
                 order by rule_code, subject_type, subject_id, state, since, summary, ended_on nulls first""")
                .query(Row.class).list();
    }

    private List<Saved> saved() {
        return jdbc.sql("""
                select id, state, ended_at::text as ended_at, ended_on, ended_by, end_reason, version, summary,
                       subject_reference, agency_id
                  from supervision.alert order by id""").query(Saved.class).list();
    }

    /** The alerts as they were: those raised since go (with their history), those changed get their values back. */
    private void restore(List<Saved> saved) {
        long last = saved.isEmpty() ? 0 : saved.get(saved.size() - 1).id();
        jdbc.sql("delete from supervision.alert_event where alert_id > ?").param(last).update();
        jdbc.sql("delete from supervision.alert where id > ?").param(last).update();
        List<Saved> now = saved();
        for (int i = 0; i < saved.size(); i++) {
            Saved was = saved.get(i);
            if (!was.equals(now.get(i))) {
                jdbc.sql("""
                        update supervision.alert
                           set state = ?, ended_at = ?::timestamptz, ended_on = ?, ended_by = ?, end_reason = ?,
                               version = ?, summary = ?, subject_reference = ?, agency_id = ?
                         where id = ?""")
                        .params(was.state(), was.endedAt(), was.endedOn(), was.endedBy(), was.endReason(),
                                was.version(), was.summary(), was.subjectReference(), was.agencyId(), was.id())
                        .update();
            }
        }
    }
}
