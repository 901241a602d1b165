package io.github.motcua.report;

import io.github.motcua.deadline.DeadlineFinding;
import io.github.motcua.deadline.FindingKind;
import io.github.motcua.excusal.ExcusalInterval;
import io.github.motcua.tally.Counted;
import io.github.motcua.tally.Tally;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collector;

/**
 * The rows of a processing report as counted dossiers come: a tally for each key, the findings on
 * the verdicts, and the excusals that applied. Rows from parts of the data merge, so that a file or
 * a stream can be counted in parallel and the parts added up.
 *
 * <pre>{@code
 * ReportRows<String> rows = counted.parallel()
 *         .collect(ReportRows.collector(c -> c.dossier().resolvingUnitCode(), code -> code, intervals));
 * ProcessingReport report = ProcessingReport.builder(code, name, period).rows(rows).build();
 * }</pre>
 *
 * <p>Rows are serializable, so that rows counted on one machine can be merged on another, as a
 * distributed engine such as Apache Spark does: the serialized form holds the counts, findings and
 * excusals, not the functions that key and label the rows nor the intervals. Rows read back count
 * no dossier and have no labels; merge them into rows made with those, which then hold everything.
 * The keys must be serializable (unit codes, levels and channels are).
 *
 * <p>Instances are mutable and not thread-safe; the collector gives each thread its own.
 *
 * @param <K> the type of the rows' keys, such as a unit code; rows are in the keys' order
 */
public final class ReportRows<K extends Comparable<K>> implements Consumer<Counted>, Serializable {
    private static final long serialVersionUID = 1L;
    private static final FindingKind[] KINDS = FindingKind.values();

    private final transient Function<Counted, K> key;
    private final transient Function<K, String> label;
    private final transient List<ExcusalInterval> intervals;
    private final transient Collector<Counted, Object, Tally> tallies = tallyCollector();
    private final transient Map<K, Object> byKey = new HashMap<>();
    private final transient long[] findings = new long[KINDS.length];
    private final transient Map<String, Map<String, Long>> excusedByReason = new LinkedHashMap<>();

    private ReportRows(Function<Counted, K> key, Function<K, String> label, List<ExcusalInterval> intervals) {
        this.key = Objects.requireNonNull(key, "key");
        this.label = Objects.requireNonNull(label, "label");
        this.intervals = List.copyOf(intervals);
    }

    /**
     * Returns empty rows.
     *
     * @param key the row a dossier belongs to
     * @param label the label of a row's key
     * @param intervals the excusal intervals that may have applied, named in the report by reason
     * @param <K> the type of the rows' keys
     * @return rows with no dossier
     */
    public static <K extends Comparable<K>> ReportRows<K> of(
            Function<Counted, K> key, Function<K, String> label, List<ExcusalInterval> intervals) {
        return new ReportRows<>(key, label, intervals);
    }

    /**
     * Returns a collector of counted dossiers into rows, which may run in parallel.
     *
     * @param key the row a dossier belongs to
     * @param label the label of a row's key
     * @param intervals the excusal intervals that may have applied
     * @param <K> the type of the rows' keys
     * @return the collector
     */
    public static <K extends Comparable<K>> Collector<Counted, ReportRows<K>, ReportRows<K>> collector(
            Function<Counted, K> key, Function<K, String> label, List<ExcusalInterval> intervals) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        List<ExcusalInterval> copy = List.copyOf(intervals);
        return Collector.of(() -> of(key, label, copy), ReportRows::accept, ReportRows::merge);
    }

    /**
     * Counts a dossier in its row.
     *
     * @param counted the counted dossier
     */
    @Override
    public void accept(Counted counted) {
        K row = key.apply(counted);
        Object tally = byKey.get(row);
        if (tally == null) {
            tally = tallies.supplier().get();
            byKey.put(row, tally);
        }
        tallies.accumulator().accept(tally, counted);
        List<DeadlineFinding> found = counted.findings();
        for (int i = 0; i < found.size(); i++) { // no iterator for the common empty list
            findings[found.get(i).kind().ordinal()]++;
        }
        Optional<String> excused = counted.excusalReason();
        if (excused.isPresent()) {
            excusedByReason
                    .computeIfAbsent(excused.get(), reason -> new TreeMap<>())
                    .merge(row.toString(), 1L, Long::sum);
        }
    }

    /**
     * Adds other rows' counts to these, as if their dossiers had come here; the other rows are
     * left as they were.
     *
     * @param other rows counted with the same key
     * @return these rows
     */
    public ReportRows<K> merge(ReportRows<K> other) {
        other.byKey.forEach((row, tally) -> byKey.put(
                row,
                tallies.combiner()
                        .apply(
                                byKey.computeIfAbsent(
                                        row, absent -> tallies.supplier().get()),
                                tally)));
        for (int i = 0; i < findings.length; i++) {
            findings[i] += other.findings[i];
        }
        other.excusedByReason.forEach((reason, byRow) -> {
            Map<String, Long> here = excusedByReason.computeIfAbsent(reason, ignored -> new TreeMap<>());
            byRow.forEach((row, count) -> here.merge(row, count, Long::sum));
        });
        return this;
    }

    /**
     * Returns each row's tally, in the keys' order.
     *
     * @return the tallies by key
     */
    public Map<K, Tally> tallies() {
        Map<K, Tally> result = new TreeMap<>();
        byKey.forEach((row, tally) -> result.put(row, tallies.finisher().apply(tally)));
        return result;
    }

    /** Adds the rows, findings and excusals to a report. */
    void addTo(ProcessingReport.Builder builder) {
        tallies().forEach((row, tally) -> builder.row(row.toString(), label.apply(row), tally));
        for (FindingKind kind : KINDS) {
            if (findings[kind.ordinal()] > 0) {
                builder.findings(kind, findings[kind.ordinal()]);
            }
        }
        List<AppliedExcusal> applied = new ArrayList<>();
        excusedByReason.forEach((reason, byRow) -> {
            Optional<ExcusalInterval> interval = intervals.stream()
                    .filter(candidate -> candidate.reason().equals(reason))
                    .findFirst();
            applied.add(new AppliedExcusal(
                    reason,
                    interval.map(ExcusalInterval::source),
                    interval.map(ExcusalInterval::start),
                    interval.map(ExcusalInterval::end),
                    byRow));
        });
        applied.forEach(builder::excusal);
    }

    /**
     * Serializes the rows as their counts, findings and excusals.
     *
     * @return the rows' serial form
     */
    private Object writeReplace() {
        return new SerialForm<>(new HashMap<>(byKey), findings.clone(), excusedByReason);
    }

    /**
     * Refuses rows that do not come through their serial form.
     *
     * @param in the stream
     * @throws InvalidObjectException always
     */
    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("rows are read through their serial form");
    }

    /**
     * The serialized form of rows: each key's tally container, the findings by kind and the
     * excusals by reason and row.
     */
    private record SerialForm<K extends Comparable<K>>(
            HashMap<K, Object> byKey, long[] findings, Map<String, Map<String, Long>> excused) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** Rows with these counts that count no dossier and have no labels until merged into rows that do. */
        private Object readResolve() throws InvalidObjectException {
            if (findings.length != KINDS.length) {
                throw new InvalidObjectException("rows hold " + KINDS.length + " counts of findings");
            }
            ReportRows<K> rows = new ReportRows<>(
                    counted -> {
                        throw new IllegalStateException(DETACHED);
                    },
                    row -> {
                        throw new IllegalStateException(DETACHED);
                    },
                    List.of());
            rows.byKey.putAll(byKey);
            System.arraycopy(findings, 0, rows.findings, 0, findings.length);
            excused.forEach((reason, byRow) -> rows.excusedByReason.put(reason, new TreeMap<>(byRow)));
            return rows;
        }
    }

    /** Why rows read back from their serialized form cannot be used alone. */
    private static final String DETACHED = "rows read back from their serialized form count no dossier and have no"
            + " labels; merge them into rows made with ReportRows.of or ReportRows.collector";

    @SuppressWarnings("unchecked") // the container's type is private to Tally; only its own functions touch it
    private static Collector<Counted, Object, Tally> tallyCollector() {
        return (Collector<Counted, Object, Tally>) Tally.collector();
    }
}
