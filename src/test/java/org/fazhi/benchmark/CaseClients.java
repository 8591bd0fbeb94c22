package org.fazhi.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * N client threads that take whole cases from a common count until it is used up: each case is one call of
 * {@link OneCase#run}, which answers how many transitions it took. Both sides of the throughput benchmark (Fazhi's
 * services and the Flowable peer) run under the same clients, so their figures compare.
 */
final class CaseClients {

    /** One whole case from its first step to its last; returns the number of transitions taken. */
    @FunctionalInterface
    interface OneCase {
        int run(int client, int number) throws Exception;
    }

    /** What the clients did: cases, transitions and the wall-clock seconds from the first start to the last end. */
    record Run(int cases, long transitions, double seconds) {

        double casesPerSecond() {
            return cases / seconds;
        }

        double transitionsPerSecond() {
            return transitions / seconds;
        }
    }

    private CaseClients() {
    }

    static Run run(int clients, int cases, OneCase oneCase) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<long[]>> done = new ArrayList<>();
            long started = System.nanoTime();
            for (int i = 0; i < clients; i++) {
                int client = i;
                done.add(pool.submit(() -> {
                    long casesTaken = 0;
                    long transitions = 0;
                    for (int number = next.getAndIncrement(); number < cases; number = next.getAndIncrement()) {
                        transitions += oneCase.run(client, number);
                        casesTaken++;
                    }
                    return new long[] {casesTaken, transitions};
                }));
            }
            long casesTaken = 0;
            long transitions = 0;
            for (Future<long[]> client : done) {
                long[] counts = client.get();
                casesTaken += counts[0];
                transitions += counts[1];
            }
            return new Run((int) casesTaken, transitions, (System.nanoTime() - started) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }
}
