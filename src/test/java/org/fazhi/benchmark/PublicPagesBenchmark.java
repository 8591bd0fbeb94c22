package org.fazhi.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.catalog.BenchmarkTestData;
import org.fazhi.inspection.InspectionTestData;
import org.fazhi.inspection.InspectionTestData.Inspecting;
import org.fazhi.inspection.plan.DrawRecord;
import org.fazhi.registry.RegistryTestData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10's figure, without wrk: requests per second and median latency of every kind of public page, each beside
 * {@code /actuator/health} in the same run (the goal: at least half its rate), over HTTP on the embedded server with
 * plain GETs (no conditional requests: those answer 304 and would flatter the figure). Checks that every answer is
 * 200 with the page's content, not its speed. A first round warms up (the JIT, the kept renderings); the second
 * is reported. Clients {@code -Dbench.clients} (default 2); seconds per page {@code -Dbench.seconds} (default 1).
 */
@FazhiIntegrationTest
@Tag("benchmark")
class PublicPagesBenchmark {

    @LocalServerPort int port;
    @Autowired InspectionTestData inspection;
    @Autowired RegistryTestData registry;
    @Autowired BenchmarkTestData catalog;

    private record Figure(double perSecond, double medianMs) {
    }

    @Test
    void measuresEveryPublicPageBesideHealth() throws Exception {
        Inspecting inspecting = inspection.agency("公示压测局", 3);
        DrawRecord draw = inspection.drawn(inspecting, InspectionTestData.form(inspecting, null));
        long item = catalog.penaltyItem(registry.agency("公示压测事项局")).id();
        String plan = "/public/inspection/plans/" + draw.planId();
        Map<String, String> pages = new LinkedHashMap<>(); // path -> a text the answer must contain
        pages.put("/actuator/health", "UP");
        pages.put("/public", "public-lists");
        pages.put("/public/catalog/items", "public-item-list");
        pages.put("/public/catalog/items/" + item, "行政处罚的种类");
        pages.put("/public/catalog/benchmarks", "<h1");
        pages.put("/public/catalog/flexible", "<h1");
        pages.put("/public/inspection/plans", "<h1");
        pages.put(plan, "draw.json");
        pages.put(plan + "/draw.json", "fazhi-draw/");
        pages.put(plan + "/verification", "<h1");
        pages.put("/api/v1/public/inspection/plans/" + draw.planId() + "/verification", "matches");
        int clients = BenchmarkReport.size("bench.clients", 2);
        int seconds = BenchmarkReport.size("bench.seconds", 1);

        for (Map.Entry<String, String> page : pages.entrySet()) { // warm up the JIT, and the kept renderings
            measure(page.getKey(), page.getValue(), clients, 1);
        }
        List<String> lines = new ArrayList<>();
        Figure health = null;
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Figure figure = measure(page.getKey(), page.getValue(), clients, seconds);
            health = health == null ? figure : health;
            lines.add(String.format("%-60s %8.0f req/s  p50 %6.2f ms  %4.0f%% of health", page.getKey(),
                    figure.perSecond(), figure.medianMs(), 100 * figure.perSecond() / health.perSecond()));
            assertThat(figure.perSecond()).as(page.getKey()).isPositive();
        }
        lines.add(String.format("clients=%d seconds=%d (%s)", clients, seconds, java.time.Instant.now()));
        BenchmarkReport.write("public-pages", lines);
    }

    private Figure measure(String path, String expected, int clients, int seconds) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Long>>> timings = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            timings.add(pool.submit(() -> {
                List<Long> took = new ArrayList<>();
                while (running.get()) {
                    long sent = System.nanoTime();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200 || !response.body().contains(expected)) {
                        throw new IllegalStateException(path + " answered " + response.statusCode());
                    }
                    took.add(System.nanoTime() - sent);
                }
                return took;
            }));
        }
        Thread.sleep(seconds * 1000L);
        running.set(false);
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> timing : timings) {
            all.addAll(timing.get());
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long[] sorted = all.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return new Figure(sorted.length / elapsed, sorted.length == 0 ? 0 : sorted[sorted.length / 2] / 1e6);
    }
}
