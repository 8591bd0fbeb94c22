package org.fazhi.supervision.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.TestClock;
import org.fazhi.registry.Counties;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.alert.AlertBook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full pass's reads run without PostgreSQL's parallel workers unless {@code parallel-queries} allows them, and the
 * setting stays within the pass's own transactions (a connection returned to the pool keeps the server's default).
 */
@FazhiIntegrationTest
class MonitoringParallelQueriesIntegrationTests {

    private static final RegionCode COUNTY = RegistryTestData.COUNTY;

    @Autowired AlertBook book;
    @Autowired Counties counties;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired MessageSource messages;
    @Autowired TestClock clock;

    /** A rule that finds nothing and notes the workers its read could have had. */
    private final class WorkersSeen implements MonitoringRule {

        final List<String> seen = new ArrayList<>();

        @Override
        public String code() {
            return "WORKERS_SEEN";
        }

        @Override
        public List<AlertCause> scan(RegionCode county, LocalDate today) {
            seen.add(jdbc.sql("select current_setting('max_parallel_workers_per_gather')").query(String.class)
                    .single());
            return List.of();
        }

        @Override
        public Optional<Reassessment> reassess(List<?> events, LocalDate today) {
            return Optional.empty();
        }
    }

    @Test
    void theFullPassReadsWithoutParallelWorkersUnlessAllowed() {
        String serverDefault = jdbc.sql("select current_setting('max_parallel_workers_per_gather')")
                .query(String.class).single();
        assertThat(serverDefault).isNotEqualTo("0");

        WorkersSeen withoutWorkers = new WorkersSeen();
        engine(withoutWorkers, false).fullPass(COUNTY, LocalDate.now(clock));
        WorkersSeen withWorkers = new WorkersSeen();
        engine(withWorkers, true).fullPass(COUNTY, LocalDate.now(clock));

        assertThat(withoutWorkers.seen).containsExactly("0");
        assertThat(withWorkers.seen).containsExactly(serverDefault);
        assertThat(jdbc.sql("select current_setting('max_parallel_workers_per_gather')").query(String.class).single())
                .isEqualTo(serverDefault);
    }

    private Monitoring engine(MonitoringRule rule, boolean parallelQueries) {
        return new Monitoring(List.of(rule), book, counties, jdbc, transactions, messages, clock, 1, parallelQueries);
    }
}
