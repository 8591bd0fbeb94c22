package org.fazhi.benchmark;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.fazhi.inspection.draw.CombinedSeed;
import org.fazhi.inspection.draw.Conflict;
import org.fazhi.inspection.draw.DrawInputs;
import org.fazhi.inspection.draw.DrawOutcome;
import org.fazhi.inspection.draw.DrawRules;
import org.fazhi.inspection.draw.DrawVerifier;
import org.fazhi.inspection.draw.InspectorEntry;
import org.fazhi.inspection.draw.PartyEntry;
import org.fazhi.inspection.draw.PublishedDraw;
import org.fazhi.inspection.draw.RandomDraw;
import org.fazhi.inspection.draw.Verification;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The draw at county scale: N parties with a realistic credit-grade mix over 15 townships, M inspectors of whom ~2 %
 * live in one of them, a few declared conflicts; ratios A 3 %, B 5 %, C 10 %, D 30 %, unrated 5 %, two inspectors
 * each, at most 20 tasks. Measures the draw, writing the published JSON, and reading plus verifying it, each with
 * its peak heap. Size: {@code -Dbench.parties=1000000 -Dbench.inspectors=10000} (default 20,000 and 200 for CI).
 */
@Tag("benchmark")
class DrawBenchmark {

    private static final String SECRET = "5f0c3b9e2d7a41868e1f6b2c9d0a7e3f4b5c6d7e8f901a2b3c4d5e6f70819203";
    private static final CombinedSeed.Announcement ANNOUNCED = new CombinedSeed.Announcement(
            CombinedSeed.commitmentOf(SECRET, "公开抽签会", null, "2025-02-24T09:30:00+08:00"), "公开抽签会", null,
            "2025-02-17T10:00:00+08:00", "2025-02-24T09:30:00+08:00");

    @Test
    void drawsPublishesAndVerifiesACounty() throws Exception {
        int partyCount = BenchmarkReport.size("bench.parties", 20_000);
        int inspectorCount = BenchmarkReport.size("bench.inspectors", 200);
        Path file = Files.createTempFile("draw", ".json");
        List<String> report = new ArrayList<>();
        try {
            drawAndPublish(partyCount, inspectorCount, file, report);
            verify(file, report);
            report.add(0, String.format("parties=%d  inspectors=%d  max heap=%d MiB  (%s)", partyCount, inspectorCount,
                    BenchmarkReport.maxHeapMib(), Instant.now()));
            BenchmarkReport.write("draw", report);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void drawAndPublish(int partyCount, int inspectorCount, Path file, List<String> report) throws Exception {
        DrawInputs inputs = county(partyCount, inspectorCount);
        report.add(String.format("inputs in memory: %d MiB after GC (%d conflicts)", usedHeapMib(), inputs.conflicts().size()));
        // The commitment is published before the draw; it also loads the signed BouncyCastle jar (~0.5 s on first use),
        // which the application has done at start-up (audit chain) and which is no part of the draw's own time.
        CombinedSeed seed = CombinedSeed.combine(ANNOUNCED, SECRET, new CombinedSeed.Entry("40417362", "bureau.410425",
                "2025-02-24T09:42:00+08:00", List.of("见证人甲", "见证人乙")));

        BenchmarkReport.resetPeakHeap();
        long started = System.nanoTime();
        DrawOutcome outcome = RandomDraw.run(inputs);
        double drawing = seconds(started);
        long drawPeak = BenchmarkReport.peakHeapMib();
        started = System.nanoTime();
        assertThat(RandomDraw.run(inputs)).isEqualTo(outcome);
        double again = seconds(started);
        report.add(String.format("draw: %.3f s first run (again: %.3f s)  selected %d, unstaffed %d  peak heap %d MiB",
                drawing, again, outcome.assignments().size() + outcome.unstaffedPartyIds().size(),
                outcome.unstaffedPartyIds().size(), drawPeak));

        BenchmarkReport.resetPeakHeap();
        started = System.nanoTime();
        PublishedDraw draw = PublishedDraw.of(new PublishedDraw.Plan("SJ-2025-001", "2025年度双随机抽查第一批", "410425"),
                seed, inputs, outcome);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            draw.writeTo(out);
        }
        report.add(String.format("publish (canonical lines, digests, JSON written): %.2f s  %.1f MiB file  peak heap %d MiB",
                seconds(started), Files.size(file) / 1048576.0, BenchmarkReport.peakHeapMib()));
        int expected = 0;
        for (String grade : PartyEntry.GRADES) {
            int stratum = (int) inputs.parties().stream().filter(party -> party.grade().equals(grade)).count();
            expected += inputs.rules().selectionCount(grade, stratum);
        }
        assertThat(outcome.assignments().size() + outcome.unstaffedPartyIds().size()).isEqualTo(expected);
    }

    private static void verify(Path file, List<String> report) throws Exception {
        BenchmarkReport.resetPeakHeap();
        long started = System.nanoTime();
        PublishedDraw read;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            read = PublishedDraw.readFrom(in);
        }
        double reading = seconds(started);
        Verification verification = new DrawVerifier().verify(read);
        report.add(String.format("verify: %.2f s (read %.2f s, then digests + redraw + compare)  peak heap %d MiB",
                seconds(started), reading, BenchmarkReport.peakHeapMib()));
        assertThat(verification.findings()).isEmpty();
        assertThat(verification.matches()).isTrue();
    }

    /** A county: grades A 20 %, B 60 %, C 12 %, D 3 %, unrated 5 %; 15 townships; officers of 40 agencies. */
    private static DrawInputs county(int partyCount, int inspectorCount) {
        Random random = new Random(20250301);
        List<String> townships = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            townships.add(String.valueOf(410425100 + i));
        }
        List<PartyEntry> parties = new ArrayList<>(partyCount);
        for (int i = 0; i < partyCount; i++) {
            int roll = random.nextInt(100);
            String grade = roll < 20 ? "A" : roll < 80 ? "B" : roll < 92 ? "C" : roll < 95 ? "D" : "-";
            parties.add(new PartyEntry(100_000_000L + i, grade, townships.get(random.nextInt(townships.size()))));
        }
        List<InspectorEntry> inspectors = new ArrayList<>(inspectorCount);
        List<Conflict> conflicts = new ArrayList<>();
        for (int i = 1; i <= inspectorCount; i++) {
            inspectors.add(new InspectorEntry(i, 1 + i % 40, String.format("41042520%05d", i), "执法员" + i));
            if (random.nextInt(50) == 0) {
                conflicts.add(Conflict.livesIn(i, townships.get(random.nextInt(townships.size()))));
            }
            if (random.nextInt(100) == 0) {
                conflicts.add(Conflict.withParty(i, 100_000_000L + random.nextInt(partyCount)));
            }
        }
        DrawRules rules = new DrawRules(Map.of("A", new BigDecimal("0.03"), "B", new BigDecimal("0.05"), "C",
                new BigDecimal("0.10"), "D", new BigDecimal("0.30"), "-", new BigDecimal("0.05")), 2, 20, true);
        return new DrawInputs(rules, parties, inspectors, conflicts, CombinedSeed.seedOf(SECRET, "40417362"));
    }

    private static long usedHeapMib() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
