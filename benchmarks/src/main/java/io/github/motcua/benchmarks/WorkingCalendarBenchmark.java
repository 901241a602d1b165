package io.github.motcua.benchmarks;

import io.github.motcua.calendar.VietnamCalendars;
import io.github.motcua.calendar.WorkingCalendar;
import java.time.LocalDate;
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
 * Working-day arithmetic on the national calendar, on one thread: the deadline of every dossier
 * needs one {@code plusWorkingDays} call.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar WorkingCalendarBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WorkingCalendarBenchmark {
    private static final int SIZE = 4096;

    private final WorkingCalendar calendar = VietnamCalendars.official();
    private final LocalDate[] dates = new LocalDate[SIZE];
    private final int[] workingDays = new int[SIZE];
    private int next;

    /** Draws receipt dates in 2013 to 2034 and processing times of 1 to 60 working days. */
    @Setup
    public void draw() {
        SplittableRandom random = new SplittableRandom(2023);
        long first = LocalDate.of(2013, 5, 1).toEpochDay();
        long last = LocalDate.of(2034, 12, 31).toEpochDay();
        for (int i = 0; i < SIZE; i++) {
            dates[i] = LocalDate.ofEpochDay(random.nextLong(first, last + 1));
            workingDays[i] = random.nextInt(1, 61);
        }
    }

    /**
     * One due date: the n-th working day after a receipt date.
     *
     * @return the due date, consumed by JMH
     */
    @Benchmark
    public LocalDate plusWorkingDays() {
        int i = next++ & (SIZE - 1);
        return calendar.plusWorkingDays(dates[i], workingDays[i]);
    }

    /**
     * One lateness count: the working days between a due date and an end date.
     *
     * @return the count, consumed by JMH
     */
    @Benchmark
    public int workingDaysBetween() {
        int i = next++ & (SIZE - 1);
        return calendar.workingDaysBetween(dates[i], dates[(i + 1) & (SIZE - 1)]);
    }
}
