package io.github.motcua.benchmarks;

import io.github.motcua.dossier.Dossier;
import io.github.motcua.io.DossierFormat;
import io.github.motcua.io.DossierReader;
import io.github.motcua.io.DossierWriter;
import io.github.motcua.io.ReadSummary;
import io.github.motcua.sample.SyntheticDossiers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading dossier files: records per second through {@link DossierReader} (parsing, validation, the
 * model's checks and duplicate detection; no classification). CSV and JSON Lines from an in-memory
 * stream of 100,000 synthetic dossiers in one thread; and CSV from a file on disk of 450,000, read
 * in byte ranges on one thread and on all cores.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar DossierFileBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class DossierFileBenchmark {
    private static final int SIZE = 100_000;

    /** The dossiers of the file on disk: about 67 MB, four byte ranges of 16 MiB. */
    private static final int FILE_SIZE = 450_000;

    @SuppressWarnings("NullAway.Init") // set by write() before any benchmark call
    private byte[] csv;

    @SuppressWarnings("NullAway.Init") // set by write() before any benchmark call
    private byte[] jsonLines;

    @SuppressWarnings("NullAway.Init") // set by write() before any benchmark call
    private Path csvFile;

    /**
     * Writes the synthetic dossiers in both formats.
     *
     * @throws IOException never: the files are in memory
     */
    @Setup
    public void write() throws IOException {
        csv = file(DossierFormat.CSV, SIZE);
        jsonLines = file(DossierFormat.JSON_LINES, SIZE);
        csvFile = Files.createTempFile("motcua-benchmark", ".csv");
        Files.write(csvFile, file(DossierFormat.CSV, FILE_SIZE));
    }

    /**
     * Deletes the CSV file.
     *
     * @throws IOException if it cannot be deleted
     */
    @TearDown
    public void delete() throws IOException {
        Files.delete(csvFile);
    }

    private static byte[] file(DossierFormat format, int size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Iterator<Dossier> dossiers =
                SyntheticDossiers.of(2023, 2023).dossiers(size).iterator();
        try (DossierWriter writer = DossierWriter.open(format, new OutputStreamWriter(bytes, StandardCharsets.UTF_8))) {
            while (dossiers.hasNext()) {
                writer.write(dossiers.next());
            }
        }
        return bytes.toByteArray();
    }

    private static ReadSummary read(DossierFormat format, byte[] file) throws IOException {
        return DossierReader.builder(format)
                .build()
                .read(new ByteArrayInputStream(file), dossier -> {}, rejection -> {});
    }

    /**
     * Reads the CSV file.
     *
     * @return the summary, consumed by JMH
     * @throws IOException never: the file is in memory
     */
    @Benchmark
    @OperationsPerInvocation(SIZE)
    public ReadSummary csv() throws IOException {
        return read(DossierFormat.CSV, csv);
    }

    /**
     * Reads the CSV file from disk in byte ranges on one thread, as {@code motcua report} does.
     *
     * @return the summary, consumed by JMH
     * @throws IOException if the file cannot be read
     */
    @Benchmark
    @OperationsPerInvocation(FILE_SIZE)
    public ReadSummary csvFileOneThread() throws IOException {
        return readFile(1);
    }

    /**
     * Reads the CSV file from disk in byte ranges on all cores, as {@code motcua report} does.
     *
     * @return the summary, consumed by JMH
     * @throws IOException if the file cannot be read
     */
    @Benchmark
    @OperationsPerInvocation(FILE_SIZE)
    public ReadSummary csvFileAllCores() throws IOException {
        return readFile(Runtime.getRuntime().availableProcessors());
    }

    private ReadSummary readFile(int threads) throws IOException {
        return DossierReader.builder(DossierFormat.CSV)
                .threads(threads)
                .build()
                .read(csvFile, dossier -> dossier, Collectors.counting(), rejection -> {})
                .summary();
    }

    /**
     * Reads the JSON Lines file.
     *
     * @return the summary, consumed by JMH
     * @throws IOException never: the file is in memory
     */
    @Benchmark
    @OperationsPerInvocation(SIZE)
    public ReadSummary jsonLines() throws IOException {
        return read(DossierFormat.JSON_LINES, jsonLines);
    }
}
