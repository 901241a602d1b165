package io.github.motcua.benchmarks;

import io.github.motcua.deadline.Deadline;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.sample.SyntheticDossiers;
import io.github.motcua.tally.Counted;
import io.github.motcua.tally.Inclusion;
import io.github.motcua.tally.Tally;
import io.github.motcua.timeliness.TimelinessClassifier;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
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
 * Classification and tallying of in-memory dossiers whose deadlines are already computed: one
 * thread, and a parallel stream on all cores. Scores are dossiers per second. The warm-up is long:
 * the pipeline reaches its compiled speed only after about ten seconds.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar ClassifyAndTallyBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ClassifyAndTallyBenchmark {
    private static final int SIZE = 200_000;

    private final Dossier[] dossiers = new Dossier[SIZE];
    private final Deadline[] deadlines = new Deadline[SIZE];

    @SuppressWarnings("NullAway.Init") // set by generate() before any benchmark call
    private TimelinessClassifier classifier;

    @SuppressWarnings("NullAway.Init") // set by generate() before any benchmark call
    private LocalDate reportDate;

    /** Generates a synthetic year of dossiers and computes their deadlines. */
    @Setup
    public void generate() {
        SyntheticDossiers synthetic = SyntheticDossiers.of(2023, 2023);
        classifier = synthetic.classifier();
        reportDate = synthetic.period().end();
        for (int i = 0; i < SIZE; i++) {
            dossiers[i] = synthetic.dossier(i);
            deadlines[i] = classifier.deadlineOn(dossiers[i], reportDate);
        }
    }

    private Counted count(int i) {
        return Counted.of(
                dossiers[i], Inclusion.NEW, deadlines[i], classifier.classify(dossiers[i], deadlines[i], reportDate));
    }

    /**
     * Classifies and tallies every dossier on one thread.
     *
     * @return the tally, consumed by JMH
     */
    @Benchmark
    @OperationsPerInvocation(SIZE)
    public Tally oneThread() {
        return IntStream.range(0, SIZE).mapToObj(this::count).collect(Tally.collector());
    }

    /**
     * Classifies and tallies every dossier on a parallel stream.
     *
     * @return the tally, consumed by JMH
     */
    @Benchmark
    @OperationsPerInvocation(SIZE)
    public Tally allCores() {
        return IntStream.range(0, SIZE).parallel().mapToObj(this::count).collect(Tally.collector());
    }
}
