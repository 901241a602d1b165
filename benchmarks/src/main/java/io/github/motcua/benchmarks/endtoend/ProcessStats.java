package io.github.motcua.benchmarks.endtoend;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a run cost its process, printed as its last line so that the parent can read it: CPU time
 * of all its threads, peak resident memory, and the largest heap in use found by sampling every
 * 5 ms (the heap's limit, {@code -Xmx}, bounds it in any case).
 *
 * @param computeMillis the wall time of the computation itself, without the JVM's start
 * @param cpuMillis the process's CPU time
 * @param peakRssKb the process's peak resident set, in KiB (Linux), or -1
 * @param peakHeapBytes the largest heap in use sampled
 */
record ProcessStats(long computeMillis, long cpuMillis, long peakRssKb, long peakHeapBytes) {
    private static final String PREFIX = "# stats ";

    private static final AtomicLong PEAK_HEAP = new AtomicLong();

    /** Starts sampling the heap in use every 5 ms, on a daemon thread, for {@link #now}. */
    static void sampleHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        Thread sampler = new Thread(
                () -> {
                    while (true) {
                        PEAK_HEAP.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                        try {
                            Thread.sleep(5);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** The stats of this process now; the peak heap is the largest sample since {@link #sampleHeap}. */
    static ProcessStats now(long computeMillis) {
        long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                / 1_000_000;
        return new ProcessStats(computeMillis, cpu, peakRss(), PEAK_HEAP.get());
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
