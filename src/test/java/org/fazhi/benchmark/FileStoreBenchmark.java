package org.fazhi.benchmark;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.platform.files.Acceptance;
import org.fazhi.platform.files.FileCheck;
import org.fazhi.platform.files.FileKind;
import org.fazhi.platform.files.FileOwner;
import org.fazhi.platform.files.StoredFile;
import org.fazhi.platform.files.StoredFiles;
import org.fazhi.platform.files.Upload;
import org.fazhi.shared.RegionCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.InputStreamSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The file store on this machine's disk and database: storing N evidence photos of S KiB each (sniffed, SM3 while
 * written, moved into place, recorded, audited), reading them back with the digest check, checking them all
 * ({@code verify}), and storing one video of V MiB streamed from a generator, with the peak heap it took.
 * Size: {@code -Dbench.files=1000 -Dbench.file-kib=2048 -Dbench.video-mib=400} (default 20 × 256 KiB and 8 MiB).
 */
@Tag("benchmark")
@FazhiIntegrationTest
class FileStoreBenchmark {

    private static final long KIB = 1024;

    @Autowired StoredFiles files;

    @Test
    void storesReadsAndChecksEvidence() throws Exception {
        int count = BenchmarkReport.size("bench.files", 20);
        int kib = BenchmarkReport.size("bench.file-kib", 256);
        int videoMib = BenchmarkReport.size("bench.video-mib", 8);
        String ownerType = "benchmark.case" + System.nanoTime();
        Acceptance evidence = Acceptance.anyKind("evidence");
        SplittableRandom random = new SplittableRandom(42);
        List<String> report = new ArrayList<>();
        report.add(String.format("files=%d × %d KiB, video %d MiB, max heap %d MiB (%s)", count, kib, videoMib,
                BenchmarkReport.maxHeapMib(), Instant.now()));

        List<StoredFile> stored = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            byte[] photo = photo(kib * KIB, random);
            stored.add(files.store(FileOwner.of(ownerType, i / 10, RegionCode.of("410425")),
                    Upload.of("现场照片" + i + ".jpg", photo), evidence, "benchmark"));
        }
        report.add(rate("store", count, count * kib * KIB, started));

        started = System.nanoTime();
        for (StoredFile file : stored) {
            assertThat(files.read(ownerType, file.id()).bytes()).hasSize(kib * (int) KIB);
        }
        report.add(rate("read with digest check", count, count * kib * KIB, started));

        started = System.nanoTime();
        FileCheck check = files.verify(ownerType);
        assertThat(check.intact()).isTrue();
        assertThat(check.checked()).isEqualTo(count);
        report.add(rate("verify", count, count * kib * KIB, started));

        BenchmarkReport.resetPeakHeap();
        started = System.nanoTime();
        long videoBytes = videoMib * KIB * KIB;
        StoredFile video = files.store(FileOwner.of(ownerType, "video", RegionCode.of("410425")),
                new Upload("执法记录仪.mp4", video(videoBytes)), evidence, "benchmark");
        assertThat(video.kind()).isEqualTo(FileKind.MP4);
        report.add(rate("store one video", 1, videoBytes, started) + String.format("  peak heap %d MiB",
                BenchmarkReport.peakHeapMib()));
        BenchmarkReport.write("file-store", report);
    }

    private static String rate(String what, int count, long bytes, long started) {
        double seconds = (System.nanoTime() - started) / 1e9;
        String perFile = count > 1 ? String.format(", %.0f files/s", count / seconds) : "";
        return String.format("%s: %.2f s%s, %.1f MiB/s", what, seconds, perFile, bytes / seconds / (1024 * 1024));
    }

    /** A JPEG's first bytes and random content (what a compressed photo looks like to a digest). */
    private static byte[] photo(long size, SplittableRandom random) {
        byte[] bytes = new byte[(int) size];
        for (int i = 0; i < bytes.length; i += 8) {
            long value = random.nextLong();
            for (int j = 0; j < 8 && i + j < bytes.length; j++) {
                bytes[i + j] = (byte) (value >>> (8 * j));
            }
        }
        System.arraycopy(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, 0, bytes, 0, 4);
        return bytes;
    }

    /** An MP4 of {@code size} bytes generated as it is read, never held in memory. */
    private static InputStreamSource video(long size) {
        byte[] head = {0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'};
        return () -> new InputStream() {
            private long position;

            @Override
            public int read() {
                return position >= size ? -1 : position < head.length ? head[(int) position++] : (int) (position++ & 0x7F);
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (position >= size) {
                    return -1;
                }
                int n = (int) Math.min(length, size - position);
                for (int i = 0; i < n; i++) {
                    buffer[offset + i] = (byte) read();
                }
                return n;
            }
        };
    }
}
