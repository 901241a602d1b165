package io.github.motcua.benchmarks;

import io.github.motcua.dossier.Dossier;
import io.github.motcua.period.ReportingPeriod;
import io.github.motcua.report.ReportRows;
import io.github.motcua.sample.SyntheticDossiers;
import io.github.motcua.tally.Counted;
import io.github.motcua.timeliness.TimelinessClassifier;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collector;
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
 * The whole report pipeline over in-memory dossiers, as the report path runs it after parsing:
 * each dossier counted in the period ({@link Counted#inPeriod}: its deadline computed from its
 * record as known at the report date, then classified) and added to report rows by resolving unit.
 * One thread, and a parallel stream on all cores. Scores are dossiers per second.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar ReportPipelineBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ReportPipelineBenchmark {
    private static final int SIZE = 200_000;

    private final Dossier[] dossiers = new Dossier[SIZE];

    @SuppressWarnings("NullAway.Init") // set by generate() before any benchmark call
    private TimelinessClassifier classifier;

    @SuppressWarnings("NullAway.Init") // set by generate() before any benchmark call
    private ReportingPeriod period;

    /** Generates a synthetic year of dossiers. */
    @Setup
    public void generate() {
        SyntheticDossiers synthetic = SyntheticDossiers.of(2023, 2023);
        classifier = synthetic.classifier();
        period = synthetic.period();
        for (int i = 0; i < SIZE; i++) {
            dossiers[i] = synthetic.dossier(i);
        }
    }

    private Collector<Counted, ?, ReportRows<String>> rows() {
        return ReportRows.collector(counted -> counted.dossier().resolvingUnitCode(), code -> code, List.of());
    }

    private Counted count(Dossier dossier) {
        return Counted.inPeriod(dossier, period, classifier).orElseThrow();
    }

    /**
     * Counts every dossier on one thread.
     *
     * @return the rows, consumed by JMH
     */
    @Benchmark
    @OperationsPerInvocation(SIZE)
    public ReportRows<String> oneThread() {
        return Arrays.stream(dossiers).map(this::count).collect(rows());
    }

    /**
     * Counts every dossier on a parallel stream.
     *
     * @return the rows, consumed by JMH
     */
    @Benchmark
    @OperationsPerInvocation(SIZE)
    public ReportRows<String> allCores() {
        return Arrays.stream(dossiers).parallel().map(this::count).collect(rows());
    }
}
