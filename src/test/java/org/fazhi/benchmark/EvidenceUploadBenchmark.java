package org.fazhi.benchmark;

import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.CaseworkTestData;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.identity.Accounts;
import org.fazhi.identity.NewAccount;
import org.fazhi.identity.Role;
import org.fazhi.registry.RegistryTestData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An evidence video uploaded to a case through the API over HTTP, as a client would (multipart, HTTP Basic): Tomcat
 * writes the part to disk, the store sniffs, digests and moves it, the case records the step. Time and the peak heap
 * of the JVM serving it (the upload is streamed from a file on the client side too, never held in memory).
 * Size: {@code -Dbench.video-mib=200} (default 8 MiB).
 */
@Tag("benchmark")
@FazhiIntegrationTest
class EvidenceUploadBenchmark {

    private static final long MIB = 1024 * 1024;

    @LocalServerPort int port;
    @Autowired CaseworkTestData data;
    @Autowired Accounts accounts;

    @Test
    void uploadsOneVideoAsEvidence() throws Exception {
        int mib = BenchmarkReport.size("bench.video-mib", 8);
        Handling h = data.agency("上传基准局");
        long id = data.filed(h);
        String username = "upload" + RegistryTestData.suffix();
        accounts.open(new NewAccount(username, "Demo@2026", "上传基准", Role.OFFICER, RegistryTestData.COUNTY,
                h.agencyId(), null, false));
        Path video = video(mib * MIB);
        String boundary = "evidence" + UUID.randomUUID();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/casework/cases/"
                        + id + "/files"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":Demo@2026")
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(
                        text(field(boundary, "requestKey", UUID.randomUUID().toString())
                                + field(boundary, "version", String.valueOf(data.version(id)))
                                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                                + "filename=\"执法记录仪.mp4\"\r\nContent-Type: video/mp4\r\n\r\n"),
                        HttpRequest.BodyPublishers.ofFile(video), text("\r\n--" + boundary + "--\r\n")))
                .build();

        BenchmarkReport.resetPeakHeap();
        long started = System.nanoTime();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - started) / 1e9;
        long peak = BenchmarkReport.peakHeapMib();
        Files.delete(video);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.body()).contains("\"kind\":\"MP4\"").contains("\"sizeBytes\":" + mib * MIB);
        List<String> report = new ArrayList<>();
        report.add(String.format("video %d MiB, max heap %d MiB (%s)", mib, BenchmarkReport.maxHeapMib(),
                Instant.now()));
        report.add(String.format("upload as evidence over HTTP: %.2f s, %.1f MiB/s, peak heap %d MiB", seconds,
                mib / seconds, peak));
        BenchmarkReport.write("evidence-upload", report);
    }

    private static String field(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    private static HttpRequest.BodyPublisher text(String text) {
        return HttpRequest.BodyPublishers.ofByteArray(text.getBytes(StandardCharsets.UTF_8));
    }

    /** An MP4 of {@code size} bytes written to a temporary file in 1 MiB blocks. */
    private static Path video(long size) throws Exception {
        Path file = Files.createTempFile("evidence-video", ".mp4");
        byte[] block = new byte[(int) MIB];
        for (int i = 0; i < block.length; i++) {
            block[i] = (byte) (i * 31 & 0x7F);
        }
        byte[] head = {0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'};
        System.arraycopy(head, 0, block, 0, head.length);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < size; written += block.length) {
                out.write(block, 0, (int) Math.min(block.length, size - written));
                block[0] = 1;
            }
        }
        return file;
    }
}
