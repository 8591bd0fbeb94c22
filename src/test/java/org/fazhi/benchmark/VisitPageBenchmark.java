package org.fazhi.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.identity.Role;
import org.fazhi.inspection.InspectionTestData;
import org.fazhi.inspection.InspectionTestData.Inspecting;
import org.fazhi.inspection.task.InspectionTask;
import org.fazhi.inspection.task.Tasks;
import org.fazhi.inspection.task.Visits;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.registry.RegistryTestData.agencyAdmin;
import static org.fazhi.registry.RegistryTestData.user;

/**
 * Issue 4's QR figure: requests per second of the visit-code page (the page an enterprise's phone opens), over
 * HTTP on the embedded server, for a genuine code (signature check, task, party, items, both inspectors'
 * certificates, the scan recorded) and for a forged one (signature check, the attempt recorded). Clients:
 * {@code -Dbench.clients} (default 4); duration per case {@code -Dbench.seconds} (default 2 for CI).
 */
@FazhiIntegrationTest
@Tag("benchmark")
class VisitPageBenchmark {

    @LocalServerPort int port;
    @Autowired InspectionTestData data;
    @Autowired Tasks tasks;
    @Autowired Visits visits;

    @Test
    void measuresRequestsPerSecondOfTheVisitPage() throws Exception {
        Inspecting inspecting = data.agency("压测局", 2);
        InspectionTask asked = tasks.create(user(Role.OFFICER, inspecting.agency().id()),
                InspectionTestData.caseForm(inspecting, data.enterprise(false)));
        InspectionTask task = tasks.decide(agencyAdmin(inspecting.agency()), asked.id(), asked.version(), true, null);
        String code = visits.codeOf(task).orElseThrow();
        int clients = BenchmarkReport.size("bench.clients", 4);
        int seconds = BenchmarkReport.size("bench.seconds", 2);

        double genuine = requestsPerSecond("/visit/" + code, "检查码真实有效", clients, 1);
        genuine = requestsPerSecond("/visit/" + code, "检查码真实有效", clients, seconds);
        String forgedCode = code.substring(0, code.length() - 4) + "AAAA";
        double forged = requestsPerSecond("/visit/" + forgedCode, "可能是伪造的", clients, seconds);

        BenchmarkReport.write("visit-page", List.of(String.format(
                "clients=%d seconds=%d  genuine code %.0f req/s  forged code %.0f req/s  (%s)", clients, seconds,
                genuine, forged, java.time.Instant.now())));
        assertThat(genuine).isPositive();
        assertThat(forged).isPositive();
    }

    private double requestsPerSecond(String path, String expected, int clients, int seconds) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Long>> counts = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            counts.add(pool.submit(() -> {
                long done = 0;
                while (running.get()) {
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200 || !response.body().contains(expected)) {
                        throw new IllegalStateException("unexpected answer " + response.statusCode());
                    }
                    done++;
                }
                return done;
            }));
        }
        Thread.sleep(seconds * 1000L);
        running.set(false);
        long total = 0;
        for (Future<Long> count : counts) {
            total += count.get();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return total / elapsed;
    }
}
