package io.github.motcua.benchmarks.endtoend;

import io.github.motcua.report.ReportRows;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks that the report of a whole dossier file equals the merge of the reports of the same
 * dossiers split into several files: the file is cut into parts of consecutive records (each with
 * the header), each part is read on its own through the report path of {@link MotcuaReport}, the
 * parts' {@link ReportRows} are merged in order, and the figures must equal those of the whole
 * file read in one go. For the 100-million-dossier run of BENCHMARKS.md (by hand, never in CI):
 *
 * <pre>{@code
 * java -Xmx512m -cp benchmarks/target/benchmarks.jar io.github.motcua.benchmarks.endtoend.SplitMerge DIR 10
 * }</pre>
 *
 * <p>{@code DIR} holds {@code dossiers.csv} and its master files, as {@code motcua generate} writes
 * them; the parts are written to {@code DIR/parts} and deleted afterwards.
 */
public final class SplitMerge {
    private SplitMerge() {}

    /**
     * Runs the check.
     *
     * @param args the directory and the number of parts
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: SplitMerge DIR PARTS");
        }
        DataSet data = new DataSet(Path.of(args[0]).toAbsolutePath());
        int parts = Integer.parseInt(args[1]);
        long start = System.nanoTime();
        Figures whole = MotcuaReport.run(data);
        System.out.printf("whole file: %.1f s%n", (System.nanoTime() - start) / 1e9);
        List<Path> files = split(data.dossiers(), data.directory().resolve("parts"), parts);
        try {
            Map.Entry<ReportRows<String>, ReportRows<String>> merged = MotcuaReport.rows(data, files.get(0));
            for (Path file : files.subList(1, files.size())) {
                Map.Entry<ReportRows<String>, ReportRows<String>> rows = MotcuaReport.rows(data, file);
                merged = Map.entry(
                        merged.getKey().merge(rows.getKey()), merged.getValue().merge(rows.getValue()));
            }
            Figures together = MotcuaReport.figures(merged);
            if (!whole.text().equals(together.text())) {
                throw new IllegalStateException(
                        "the merged parts differ from the whole file:\n" + whole.text() + "\n" + together.text());
            }
            System.out.printf(
                    "equal: %d parts merged give the whole file's %d rows (%d dossiers received by unit)%n",
                    parts, whole.text().lines().count(), whole.received("unit"));
        } finally {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Cuts a CSV file into parts of nearly equal numbers of lines, each with the header. */
    private static List<Path> split(Path file, Path directory, int parts) throws IOException {
        long lines;
        try (var all = Files.lines(file, StandardCharsets.UTF_8)) {
            lines = all.count() - 1;
        }
        Files.createDirectories(directory);
        List<Path> files = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            for (int part = 0; part < parts; part++) {
                Path target = directory.resolve("part-" + part + ".csv");
                files.add(target);
                long count = lines / parts + (part < lines % parts ? 1 : 0);
                try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                    out.write(header);
                    out.write('\n');
                    for (long i = 0; i < count; i++) {
                        out.write(in.readLine());
                        out.write('\n');
                    }
                }
            }
        }
        return files;
    }
}
