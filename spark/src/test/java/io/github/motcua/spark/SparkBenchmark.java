package io.github.motcua.spark;

import static org.apache.spark.sql.functions.col;

import io.github.motcua.io.DossierFormat;
import io.github.motcua.report.ProcessingReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * The local-mode benchmark of BENCHMARKS.md (never run by the build): Biểu 06 from a generated
 * {@code dossiers.csv} and from the same dossiers as Parquet, timed from the read to the report,
 * each report compared with the JSON that {@code motcua report --format json} printed for the file.
 *
 * <pre>
 * java -Xmx8g -cp ... io.github.motcua.spark.SparkBenchmark DIR CLI-REPORT.json [THREADS]
 * </pre>
 */
final class SparkBenchmark {
    private SparkBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args[0]);
        String expected =
                Files.readString(Path.of(args[1]), StandardCharsets.UTF_8).strip();
        String threads = args.length > 2 ? args[2] : "2";
        SparkSession spark = SparkSession.builder()
                .master("local[" + threads + "]")
                .appName("motcua-spark-benchmark")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        SparkRequest request = TestFiles.request(directory);
        MotcuaSpark motcua = MotcuaSpark.of(spark);
        Path csv = directory.resolve("dossiers.csv");
        Path parquet = directory.resolve("dossiers.parquet");
        if (!Files.exists(parquet)) {
            long start = System.nanoTime();
            motcua.read(request, DossierFormat.CSV, csv.toString())
                    .accepted()
                    .drop("file", "record")
                    .withColumn("received_at", col("received_at").cast(DataTypes.TimestampType))
                    .withColumn("appointment_date", col("appointment_date").cast(DataTypes.DateType))
                    .write()
                    .parquet(parquet.toString());
            System.out.printf("parquet written in %.1f s%n", (System.nanoTime() - start) / 1e9);
        }
        for (int run = 1; run <= 2; run++) {
            time("csv", run, expected, () -> {
                DossierRead read = motcua.read(request, DossierFormat.CSV, csv.toString());
                return motcua.processingReport(read.accepted(), request);
            });
            time("parquet", run, expected, () -> {
                DossierRead read = motcua.readParquet(request, parquet.toString());
                return motcua.processingReport(read.accepted(), request);
            });
        }
        spark.stop();
    }

    private static void time(String name, int run, String expected, java.util.function.Supplier<ProcessingReport> job) {
        long start = System.nanoTime();
        ProcessingReport report = job.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        long received = report.total().received();
        System.out.printf(
                "%s run %d: %.1f s, %d dossiers received in the period (%.0f a second), equal"
                        + " to motcua report: %s%n",
                name,
                run,
                seconds,
                received,
                received / seconds,
                LocalRead.json(report).strip().equals(expected));
    }
}
