package io.github.motcua.benchmarks;

import io.github.motcua.calendar.VietnamCalendars;
import io.github.motcua.deadline.Deadline;
import io.github.motcua.deadline.DeadlineRules;
import io.github.motcua.dossier.Channel;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.SupplementRequest;
import io.github.motcua.procedure.Field;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.ProcedureCatalogue;
import io.github.motcua.procedure.ProcessingTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A dossier's deadline from its procedure's processing time, on one thread: a mix of procedures in
 * working days, working hours, calendar days and the same day, a fifth of the dossiers with an
 * answered supplement request.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar DeadlineBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DeadlineBenchmark {
    private static final int SIZE = 4096;
    private static final ProcessingTime[] TIMES = {
        ProcessingTime.workingDays(3),
        ProcessingTime.workingDays(15),
        ProcessingTime.workingHours(8),
        ProcessingTime.calendarDays(30),
        ProcessingTime.sameDay()
    };

    private final Dossier[] dossiers = new Dossier[SIZE];

    @SuppressWarnings("NullAway.Init") // set by draw() before any benchmark call
    private DeadlineRules rules;

    private int next;

    /** Builds the catalogue and draws dossiers received in 2014 to 2033, in working hours. */
    @Setup
    public void draw() {
        ProcedureCatalogue.Builder catalogue = ProcedureCatalogue.builder();
        for (int i = 0; i < TIMES.length; i++) {
            catalogue.add(
                    Procedure.builder()
                            .code("1.00000" + i)
                            .name("Thủ tục " + i)
                            .field(Field.of("F", "Lĩnh vực"))
                            .processingTime(TIMES[i])
                            .build(),
                    VietnamCalendars.RANGE.start());
        }
        rules = DeadlineRules.builder()
                .calendar(VietnamCalendars.official())
                .catalogue(catalogue.build())
                .build();
        SplittableRandom random = new SplittableRandom(2023);
        long first = LocalDate.of(2014, 1, 1).toEpochDay();
        long last = LocalDate.of(2033, 12, 31).toEpochDay();
        for (int i = 0; i < SIZE; i++) {
            Instant received = LocalDate.ofEpochDay(random.nextLong(first, last + 1))
                    .atTime(1 + random.nextInt(9), random.nextInt(60))
                    .toInstant(ZoneOffset.UTC);
            Dossier.Builder dossier = Dossier.builder()
                    .id("HS-" + i)
                    .procedureCode("1.00000" + random.nextInt(TIMES.length))
                    .receivingUnitCode("U1")
                    .resolvingUnitCode("U1")
                    .channel(Channel.ONLINE)
                    .receivedAt(received);
            if (random.nextInt(5) == 0) {
                Instant requested = received.plusSeconds(3600);
                dossier.addSupplementRequests(SupplementRequest.of(requested, requested.plusSeconds(3 * 86_400)));
            }
            dossiers[i] = dossier.build();
        }
    }

    /**
     * One dossier's deadline.
     *
     * @return the deadline, consumed by JMH
     */
    @Benchmark
    public Deadline deadline() {
        return rules.deadline(dossiers[next++ & (SIZE - 1)]);
    }
}
