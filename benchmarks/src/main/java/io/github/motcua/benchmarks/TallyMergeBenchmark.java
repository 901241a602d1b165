package io.github.motcua.benchmarks;

import io.github.motcua.report.ReportRows;
import io.github.motcua.sample.SyntheticDossiers;
import io.github.motcua.tally.Counted;
import io.github.motcua.tally.Tally;
import io.github.motcua.timeliness.TimelinessClassifier;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Merging what parts of the data counted: two tallies, and the report rows of the byte ranges of a
 * file (64 parts of 26 units each, as a parallel read of a file of about a gigabyte gives). Scores
 * are merges per second.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar TallyMergeBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TallyMergeBenchmark {
    private static final int PARTS = 64;

    @SuppressWarnings("NullAway.Init") // set by count() before any benchmark call
    private Tally left;

    @SuppressWarnings("NullAway.Init") // set by count() before any benchmark call
    private Tally right;

    @SuppressWarnings({"unchecked", "NullAway.Init"}) // set by count() before any benchmark call
    private ReportRows<String>[] parts = new ReportRows[PARTS];

    /** Counts the parts of a synthetic year. */
    @Setup
    public void count() {
        SyntheticDossiers synthetic = SyntheticDossiers.of(2023, 2023);
        TimelinessClassifier classifier = synthetic.classifier();
        List<Counted> counted = synthetic
                .dossiers(PARTS * 2_000)
                .map(dossier -> Counted.inPeriod(dossier, synthetic.period(), classifier)
                        .orElseThrow())
                .toList();
        left = counted.subList(0, 1_000).stream().collect(Tally.collector());
        right = counted.subList(1_000, 2_000).stream().collect(Tally.collector());
        for (int i = 0; i < PARTS; i++) {
            parts[i] = empty();
            counted.subList(i * 2_000, (i + 1) * 2_000).forEach(parts[i]);
        }
    }

    private static ReportRows<String> empty() {
        return ReportRows.of(counted -> counted.dossier().resolvingUnitCode(), code -> code, List.of());
    }

    /**
     * Merges two tallies.
     *
     * @return the merged tally, consumed by JMH
     */
    @Benchmark
    public Tally tallies() {
        return left.merge(right);
    }

    /**
     * Merges the rows of 64 parts into empty rows.
     *
     * @return the merged rows, consumed by JMH
     */
    @Benchmark
    @OperationsPerInvocation(PARTS)
    public ReportRows<String> reportRows() {
        ReportRows<String> all = empty();
        for (ReportRows<String> part : parts) {
            all.merge(part);
        }
        return all;
    }
}
