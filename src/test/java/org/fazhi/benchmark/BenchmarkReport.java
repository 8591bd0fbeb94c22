package org.fazhi.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * What benchmarks share: their size from a system property (tiny by default, so CI runs them and they keep
 * working), peak-heap measurement, and a report appended to target/benchmarks/ and printed.
 */
final class BenchmarkReport {

    private BenchmarkReport() {
    }

    static int size(String property, int tiny) {
        return Integer.getInteger(property, tiny);
    }

    static void resetPeakHeap() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since the last reset, in MiB: an upper bound of the peak heap in use. */
    static long peakHeapMib() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }

    static long maxHeapMib() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }

    static void write(String name, List<String> lines) throws IOException {
        Path directory = Path.of("target/benchmarks");
        Files.createDirectories(directory);
        Files.write(directory.resolve(name + ".txt"), lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        lines.forEach(line -> System.out.println("[benchmark] " + line));
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
    }
}
