package io.github.motcua.benchmarks.endtoend;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a run cost its process, printed as its last line so that the parent can read it: CPU time
 * of all its threads, peak resident memory, and peak heap (the sum of each heap pool's peak, an
 * upper bound of the heap in use at any moment).
 *
 * @param computeMillis the wall time of the computation itself, without the JVM's start
 * @param cpuMillis the process's CPU time
 * @param peakRssKb the process's peak resident set, in KiB (Linux), or -1
 * @param peakHeapBytes the sum of the heap pools' peaks
 */
record ProcessStats(long computeMillis, long cpuMillis, long peakRssKb, long peakHeapBytes) {
    private static final String PREFIX = "# stats ";

    /** The stats of this process now. */
    static ProcessStats now(long computeMillis) {
        long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                / 1_000_000;
        long heap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heap += pool.getPeakUsage().getUsed();
            }
        }
        return new ProcessStats(computeMillis, cpu, peakRss(), heap);
    }

    private static long peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** The line a child prints. */
    String line() {
        return PREFIX + computeMillis + " " + cpuMillis + " " + peakRssKb + " " + peakHeapBytes;
    }

    /** Reads a child's line. */
    static ProcessStats parse(String line) {
        if (!line.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a stats line: " + line);
        }
        String[] parts = line.substring(PREFIX.length()).trim().split(" ");
        return new ProcessStats(
                Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]), Long.parseLong(parts[3]));
    }

    /** Whether a line is a stats line. */
    static boolean isStats(String line) {
        return line.startsWith(PREFIX);
    }
}
