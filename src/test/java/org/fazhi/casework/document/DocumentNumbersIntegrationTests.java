package org.fazhi.casework.document;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.shared.RegionCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Document numbers on PostgreSQL: one series per agency, year and kind, gap-free and unique under concurrency. */
@FazhiIntegrationTest
class DocumentNumbersIntegrationTests {

    private static final int CLIENTS = 8;
    private static final int ISSUES_PER_CLIENT = 25;

    @Autowired DocumentNumbers numbers;
    @Autowired AgencyAbbreviations abbreviations;
    @Autowired AgencyDirectory agencies;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcClient jdbc;

    @Test
    void eachAgencyYearAndKindCountsFromOne() {
        long agency = anAgency();
        long other = anAgency();

        assertThat(issue(agency, 2026, DocumentKind.PENALTY_DECISION)).isEqualTo(new DocumentNumber("郏市监罚〔2026〕1号", 1));
        assertThat(issue(agency, 2026, DocumentKind.PENALTY_DECISION).text()).isEqualTo("郏市监罚〔2026〕2号");
        assertThat(issue(agency, 2027, DocumentKind.PENALTY_DECISION).text()).isEqualTo("郏市监罚〔2027〕1号");
        assertThat(issue(agency, 2026, DocumentKind.PRIOR_NOTICE).text()).isEqualTo("郏市监告知〔2026〕1号");
        assertThat(issue(other, 2026, DocumentKind.PENALTY_DECISION).sequence()).isEqualTo(1);
    }

    @Test
    void aNumberDrawnInARolledBackTransactionIsIssuedAgain() {
        long agency = anAgency();
        issue(agency, 2026, DocumentKind.SEIZURE_DECISION);

        DocumentNumber given = transaction.execute(status -> {
            status.setRollbackOnly();
            return numbers.next(agency, "郏市监", 2026, DocumentKind.SEIZURE_DECISION);
        });

        assertThat(given.text()).isEqualTo("郏市监封扣〔2026〕2号");
        assertThat(issue(agency, 2026, DocumentKind.SEIZURE_DECISION).text()).isEqualTo("郏市监封扣〔2026〕2号");
    }

    @Test
    void eightClientsIssuingAtOnceGetUniqueNumbersWithoutGapsThoughSomeRollBack() throws Exception {
        long agency = anAgency();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Integer>>> clients = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        for (int client = 0; client < CLIENTS; client++) {
            clients.add(pool.submit(() -> {
                start.await();
                return issueMany(agency);
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        List<Integer> committed = new ArrayList<>();
        for (Future<List<Integer>> client : clients) {
            committed.addAll(client.get(60, TimeUnit.SECONDS));
        }
        long millis = (System.nanoTime() - began) / 1_000_000;
        pool.shutdown();

        int expected = CLIENTS * (ISSUES_PER_CLIENT - ISSUES_PER_CLIENT / 4);
        assertThat(committed).hasSize(expected).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, expected).boxed().toList());
        assertThat(jdbc.sql("select last_sequence from casework.document_number where agency_id = ?").param(agency)
                .query(Integer.class).single()).isEqualTo(expected);
        System.out.printf("document numbers: %d transactions by %d clients on one series in %d ms%n",
                CLIENTS * ISSUES_PER_CLIENT, CLIENTS, millis);
    }

    @Test
    void aNumberIsOnlyIssuedInsideTheCallersTransaction() {
        assertThatThrownBy(() -> numbers.next(anAgency(), "郏市监", 2026, DocumentKind.PENALTY_DECISION))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> transaction.execute(status ->
                numbers.next(anAgency(), "郏市监", 2026, DocumentKind.SEIZURE_LIST)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("carries the number of its decision");
    }

    @Test
    void theDemoMarketRegulatorsAbbreviationIsDerivedFromItsNameAndCounty() {
        long regulator = agencies.findByNameOrCode(RegionCode.of("410425"), "郏县市场监督管理局").orElseThrow().id();
        long township = agencies.findByNameOrCode(RegionCode.of("410425"), "薛店镇综合行政执法大队").orElseThrow().id();

        assertThat(abbreviations.of(regulator)).isEqualTo("郏市监");
        assertThat(abbreviations.of(township)).isEqualTo("薛店综执");
    }

    /** Every fourth issue of a client rolls back, after holding its number for a moment as a real case would. */
    private List<Integer> issueMany(long agency) {
        List<Integer> committed = new ArrayList<>();
        for (int i = 0; i < ISSUES_PER_CLIENT; i++) {
            boolean rollBack = i % 4 == 3;
            Integer sequence = transaction.execute(status -> {
                DocumentNumber number = numbers.next(agency, "郏市监", 2026, DocumentKind.PENALTY_DECISION);
                Thread.onSpinWait();
                if (rollBack) {
                    status.setRollbackOnly();
                    return null;
                }
                return number.sequence();
            });
            if (sequence != null) {
                committed.add(sequence);
            }
        }
        return committed;
    }

    private DocumentNumber issue(long agency, int year, DocumentKind kind) {
        return transaction.execute(status -> numbers.next(agency, "郏市监", year, kind));
    }

    private static long anAgency() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
    }
}
