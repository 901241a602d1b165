package io.github.motcua.benchmarks;

import io.github.motcua.dossier.Channel;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.Outcome;
import io.github.motcua.dossier.SupplementRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of building one validated dossier, which every reader pays once per record.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar DossierBuildBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DossierBuildBenchmark {
    private final Instant received = Instant.parse("2023-01-05T02:00:00Z");

    /**
     * Builds a resolved dossier with one answered supplement request.
     *
     * @return the dossier, consumed by JMH
     */
    @Benchmark
    public Dossier buildResolvedDossier() {
        return Dossier.builder()
                .id("H46.001-230105-0001")
                .procedureCode("1.001193")
                .receivingUnitCode("14.100.0001")
                .resolvingUnitCode("14.100.0001")
                .channel(Channel.ONLINE)
                .receivedAt(received)
                .appointmentDate(LocalDate.of(2023, 1, 9))
                .addSupplementRequests(SupplementRequest.of(received.plusSeconds(7200), received.plusSeconds(86_400)))
                .outcome(Outcome.RESOLVED)
                .resultReadyAt(received.plusSeconds(100_000))
                .returnedAt(received.plusSeconds(200_000))
                .build();
    }
}
