package org.fazhi.disclosure.feed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.disclosure.DisclosureTestData;
import org.fazhi.disclosure.DisclosureTestData.Decided;
import org.fazhi.identity.SignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The feed's cursor under concurrent publishing, on PostgreSQL: a consumer that keeps the cursor it was given sees
 * every publication once, in commit order, even when a transaction that took its entry's id first commits last.
 */
@FazhiIntegrationTest
class FeedIntegrationTests {

    private static final LocalDate DECIDED = LocalDate.of(2026, 11, 2);

    @Autowired MockMvc mvc;
    @Autowired DisclosureTestData data;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;

    @Test
    void anEntryWhoseTransactionCommitsLastIsNotSkippedByAReaderThatSawALaterOne() throws Exception {
        Decided first = data.decidedOn("游标先到局", DECIDED, "2000");
        Decided second = data.decidedOn("游标后到局", DECIDED, "2000");
        FeedReader reader = new FeedReader(mvc, FeedReader.latest(mvc), 10);
        CountDownLatch firstAppended = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            // The first publisher appends its entry, then stalls just before its commit.
            Future<?> slow = threads.submit(() -> transaction.executeWithoutResult(status -> {
                publish(first);
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void beforeCommit(boolean readOnly) {
                        firstAppended.countDown();
                        await(release);
                    }
                });
            }));
            assertThat(firstAppended.await(30, TimeUnit.SECONDS)).isTrue();
            Future<?> fast = threads.submit(() -> publish(second));
            waitUntilQueuedOrDone(fast);

            reader.catchUp();
            release.countDown();
            slow.get(30, TimeUnit.SECONDS);
            fast.get(30, TimeUnit.SECONDS);
            reader.catchUp();
        } finally {
            release.countDown();
            threads.shutdownNow();
        }

        assertThat(publishedIds(reader.seen())).containsExactly(publicationOf(first), publicationOf(second));
    }

    @Test
    void severalPublishersAndAReaderPagingAtTheSameTimeNeverSkipNorRepeat() throws Exception {
        int publishers = 4;
        int each = 3;
        List<List<Decided>> work = new ArrayList<>();
        for (int t = 0; t < publishers; t++) {
            List<Decided> mine = new ArrayList<>();
            for (int i = 0; i < each; i++) {
                mine.add(data.decidedOn("并发公示" + t + "局", DECIDED, "3000"));
            }
            work.add(mine);
        }
        FeedReader reader = new FeedReader(mvc, FeedReader.latest(mvc), 2);
        AtomicBoolean publishing = new AtomicBoolean(true);
        ExecutorService threads = Executors.newFixedThreadPool(publishers + 1);
        try {
            Future<?> reading = threads.submit(() -> {
                while (publishing.get()) {
                    reader.catchUp();
                }
                return null;
            });
            List<Future<?>> publishing4 = work.stream()
                    .map(mine -> threads.submit(() -> mine.forEach(this::publish))).collect(Collectors.toList());
            for (Future<?> f : publishing4) {
                f.get(120, TimeUnit.SECONDS);
            }
            publishing.set(false);
            reading.get(60, TimeUnit.SECONDS);
            reader.catchUp();
        } finally {
            threads.shutdownNow();
        }

        List<Long> cursors = reader.seen().stream().map(e -> e.get("cursor").asLong()).toList();
        assertThat(cursors).doesNotHaveDuplicates().isSorted();
        Set<Long> expected = work.stream().flatMap(List::stream).map(this::publicationOf).collect(Collectors.toSet());
        assertThat(publishedIds(reader.seen())).doesNotHaveDuplicates().containsAll(expected);
    }

    private void publish(Decided d) {
        SignedInUser legalOffice = d.handling().head();
        try {
            mvc.perform(post("/api/v1/disclosure/publications/" + publicationOf(d) + "/publish")
                    .with(user(legalOffice)).with(csrf())).andExpect(status().isOk());
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }

    long publicationOf(Decided d) {
        return jdbc.sql("select id from disclosure.publication where case_id = ?").param(d.caseId())
                .query(Long.class).single();
    }

    private static List<Long> publishedIds(List<JsonNode> entries) {
        return entries.stream().filter(e -> "PUBLISHED".equals(e.get("kind").asText()))
                .map(e -> e.get("publicationId").asLong()).toList();
    }

    /** The second publisher is either waiting for the first one's append lock, or (without it) has committed. */
    private void waitUntilQueuedOrDone(Future<?> publisher) throws InterruptedException {
        while (!publisher.isDone() && jdbc.sql("select count(*) from pg_locks where locktype = 'advisory' and not granted")
                .query(Long.class).single() == 0) {
            Thread.sleep(20);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
