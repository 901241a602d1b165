package io.github.motcua.benchmarks.endtoend;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * Compares motcua's streaming report with DuckDB's SQL over the same generated CSV file.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.motcua.benchmarks.endtoend.EndToEnd \
 *     compare DIR DOSSIERS RUNS
 * </pre>
 *
 * <ul>
 *   <li>{@code generate DIR DOSSIERS}: writes the data set (seed 2023, year 2023), unless there.
 *   <li>{@code motcua DIR}, {@code duckdb DIR}: computes the figures once, prints them and the
 *       process's costs.
 *   <li>{@code compare DIR DOSSIERS RUNS}: generates, checks that both sides print the same figures,
 *       then times RUNS whole-process runs of each, alternating, and runs {@code warm}; prints
 *       Markdown.
 *   <li>{@code warm DIR ROUNDS}: times both inside this JVM, alternating, after two rounds each.
 * </ul>
 *
 * motcua runs with {@code -XX:+UseParallelGC -Xmx256m}, the throughput collector suiting a batch
 * job and the heap limit of the target; DuckDB with its defaults (all cores, its own memory limit).
 */
public final class EndToEnd {
    /** The generator's seed. */
    static final long SEED = 2023;

    private EndToEnd() {}

    /** A side of the comparison and how its process is started. */
    enum Side {
        MOTCUA("-XX:+UseParallelGC", "-Xmx256m"),
        DUCKDB("-Xmx1g");

        final List<String> jvm;

        Side(String... jvm) {
            this.jvm = List.of(jvm);
        }

        Figures compute(DataSet data) throws Exception {
            return this == MOTCUA ? MotcuaReport.run(data) : DuckDbReport.run(data);
        }

        String label() {
            return this == MOTCUA ? "motcua" : "DuckDB";
        }
    }

    /** One whole-process run: its wall time as the parent saw it, and what it printed. */
    record Run(long wallMillis, String figures, ProcessStats stats) {}

    /**
     * Runs a command.
     *
     * @param args the command and its arguments
     * @throws Exception if a step fails
     */
    public static void main(String[] args) throws Exception {
        // UTF-8 whatever the locale: the parent reads its children's figures as UTF-8
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        if (args.length < 2) {
            usage();
            return;
        }
        DataSet data = new DataSet(Path.of(args[1]).toAbsolutePath());
        switch (args[0]) {
            case "generate" -> data.generate(Long.parseLong(args[2]), SEED);
            case "motcua" -> once(Side.MOTCUA, data);
            case "duckdb" -> once(Side.DUCKDB, data);
            case "compare" -> compare(data, Long.parseLong(args[2]), Integer.parseInt(args[3]));
            case "warm" -> warm(data, Integer.parseInt(args[2]));
            default -> usage();
        }
    }

    private static void usage() {
        System.err.println("usage: EndToEnd generate DIR DOSSIERS | motcua DIR | duckdb DIR"
                + " | compare DIR DOSSIERS RUNS | warm DIR ROUNDS");
        System.exit(2);
    }

    private static void once(Side side, DataSet data) throws Exception {
        ProcessStats.sampleHeap();
        long start = System.nanoTime();
        Figures figures = side.compute(data);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.print(figures.text());
        System.out.println(ProcessStats.now(millis).line());
    }

    private static void compare(DataSet data, long dossiers, int runs) throws Exception {
        long start = System.nanoTime();
        data.generate(dossiers, SEED);
        System.out.printf(
                Locale.ROOT,
                "Data set: %,d dossiers in %s (%,d bytes), ready in %.1f s%n",
                dossiers,
                data.dossiers(),
                java.nio.file.Files.size(data.dossiers()),
                (System.nanoTime() - start) / 1e9);
        Run motcua = run(Side.MOTCUA, data);
        Run duckdb = run(Side.DUCKDB, data);
        if (!motcua.figures().equals(duckdb.figures())) {
            System.out.println(
                    "The figures differ.\n--- motcua\n" + motcua.figures() + "--- DuckDB\n" + duckdb.figures());
            System.exit(1);
        }
        System.out.printf(
                Locale.ROOT,
                "Identical figures: %d rows (by unit and by field), %s%n%n",
                motcua.figures().lines().count(),
                motcua.figures().lines().findFirst().orElse(""));
        List<Run> motcuaRuns = new ArrayList<>();
        List<Run> duckdbRuns = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            for (Side side : i % 2 == 0 ? Side.values() : new Side[] {Side.DUCKDB, Side.MOTCUA}) {
                Run run = run(side, data);
                if (!run.figures().equals(motcua.figures())) {
                    throw new IllegalStateException(side.label() + " printed other figures in run " + (i + 1));
                }
                (side == Side.MOTCUA ? motcuaRuns : duckdbRuns).add(run);
            }
        }
        System.out.println("| Whole process, " + runs + " runs each, alternating | motcua | DuckDB |");
        System.out.println("|---|---|---|");
        row("Wall time, median (min–max)", motcuaRuns, duckdbRuns, Run::wallMillis);
        row(
                "Computation inside the process, median",
                motcuaRuns,
                duckdbRuns,
                run -> run.stats().computeMillis());
        row("CPU time, median", motcuaRuns, duckdbRuns, run -> run.stats().cpuMillis());
        System.out.printf(
                Locale.ROOT,
                "| Peak resident memory, largest | %,d MiB | %,d MiB |%n",
                max(motcuaRuns, run -> run.stats().peakRssKb()) / 1024,
                max(duckdbRuns, run -> run.stats().peakRssKb()) / 1024);
        System.out.printf(
                Locale.ROOT,
                "| Peak Java heap in use (sampled every 5 ms), largest | %,d MiB (-Xmx256m) | %,d MiB |%n",
                max(motcuaRuns, run -> run.stats().peakHeapBytes()) >> 20,
                max(duckdbRuns, run -> run.stats().peakHeapBytes()) >> 20);
        System.out.printf(
                Locale.ROOT,
                "%nRatio motcua / DuckDB, median wall time: %.2f%n%n",
                (double) median(motcuaRuns, Run::wallMillis) / median(duckdbRuns, Run::wallMillis));
        Process warm = new ProcessBuilder(
                        command(Side.MOTCUA, "warm", data.directory().toString(), Integer.toString(runs)))
                .inheritIO()
                .start();
        if (warm.waitFor() != 0) {
            throw new IllegalStateException("the warm run failed");
        }
    }

    private static void warm(DataSet data, int rounds) throws Exception {
        long[][] millis = new long[2][rounds];
        for (int round = -2; round < rounds; round++) {
            for (Side side : Side.values()) {
                long start = System.nanoTime();
                side.compute(data);
                if (round >= 0) {
                    millis[side.ordinal()][round] = (System.nanoTime() - start) / 1_000_000;
                }
            }
        }
        System.out.println("| Inside one JVM (" + String.join(" ", Side.MOTCUA.jvm) + "), after 2 rounds, " + rounds
                + " rounds | motcua | DuckDB |");
        System.out.println("|---|---|---|");
        System.out.printf(
                Locale.ROOT, "| Wall time, median (min–max) | %s | %s |%n", spread(millis[0]), spread(millis[1]));
        System.out.printf(
                Locale.ROOT,
                "%nRatio motcua / DuckDB, median warm time: %.2f%n",
                (double) median(millis[0]) / median(millis[1]));
    }

    private static Run run(Side side, DataSet data) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command(
                        side,
                        side == Side.MOTCUA ? "motcua" : "duckdb",
                        data.directory().toString()))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String out;
        try (InputStream in = process.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int exit = process.waitFor();
        long wall = (System.nanoTime() - start) / 1_000_000;
        if (exit != 0) {
            throw new IllegalStateException(side.label() + " exited with " + exit + ":\n" + out);
        }
        List<String> lines = out.lines().toList();
        String last = lines.get(lines.size() - 1);
        String figures = String.join("\n", lines.subList(0, lines.size() - 1)) + "\n";
        return new Run(wall, figures, ProcessStats.parse(last));
    }

    /** The command that runs this class in a new JVM with a side's options. */
    private static List<String> command(Side side, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(side.jvm);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(EndToEnd.class.getName());
        command.addAll(List.of(arguments));
        return command;
    }

    private static void row(String name, List<Run> motcua, List<Run> duckdb, ToLongFunction<Run> value) {
        System.out.printf(
                Locale.ROOT,
                "| %s | %s | %s |%n",
                name,
                spread(motcua.stream().mapToLong(value).toArray()),
                spread(duckdb.stream().mapToLong(value).toArray()));
    }

    private static String spread(long[] millis) {
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        return String.format(
                Locale.ROOT,
                "%.2f s (%.2f–%.2f)",
                median(sorted) / 1000.0,
                sorted[0] / 1000.0,
                sorted[sorted.length - 1] / 1000.0);
    }

    private static long median(List<Run> runs, ToLongFunction<Run> value) {
        return median(runs.stream().mapToLong(value).toArray());
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static long max(List<Run> runs, ToLongFunction<Run> value) {
        return runs.stream().mapToLong(value).max().orElse(0);
    }
}
