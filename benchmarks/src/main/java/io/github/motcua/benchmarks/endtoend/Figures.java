package io.github.motcua.benchmarks.endtoend;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * The figures both sides compute, as text both can be compared by: one line per row, {@code
 * grouping,key,} then the counts in {@link #COLUMNS}' order, rows sorted.
 */
final class Figures {
    /** The counts of a row, in order. */
    static final List<String> COLUMNS = List.of(
            "received",
            "carried_over",
            "early",
            "on_time",
            "late",
            "pending_within",
            "pending_overdue",
            "refused",
            "withdrawn",
            "stopped");

    private final Map<String, long[]> rows = new TreeMap<>();

    /** Adds a row; its counts are in {@link #COLUMNS}' order. */
    void add(String grouping, String key, long... counts) {
        if (counts.length != COLUMNS.size()) {
            throw new IllegalArgumentException("a row has " + COLUMNS.size() + " counts: " + counts.length);
        }
        if (rows.put(grouping + "," + key, counts.clone()) != null) {
            throw new IllegalStateException("row " + grouping + "," + key + " twice");
        }
    }

    /** The sum of the received column over one grouping. */
    long received(String grouping) {
        return rows.entrySet().stream()
                .filter(row -> row.getKey().startsWith(grouping + ","))
                .mapToLong(row -> row.getValue()[0])
                .sum();
    }

    /** The rows as text, one per line. */
    String text() {
        return rows.entrySet().stream()
                .map(row -> row.getKey() + ","
                        + LongStream.of(row.getValue()).mapToObj(Long::toString).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\n", "", "\n"));
    }
}
