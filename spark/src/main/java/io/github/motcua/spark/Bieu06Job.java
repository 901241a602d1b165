package io.github.motcua.spark;

import io.github.motcua.io.AtomicOutput;
import io.github.motcua.io.DossierFormat;
import io.github.motcua.io.JsonLinesReader;
import io.github.motcua.io.ReadSummary;
import io.github.motcua.io.json.MotcuaJson;
import io.github.motcua.period.ReportingPeriod;
import io.github.motcua.report.Grouping;
import io.github.motcua.report.ProcessingReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * The Biểu 06 job that {@code spark-submit} runs: reads dossier files and master files from any
 * file system Spark reads, and writes the processing report as JSON (the value that {@code motcua
 * report --format json} prints) to a file on the driver.
 *
 * <pre>
 * spark-submit --master yarn --class io.github.motcua.spark.Bieu06Job motcua-spark-job.jar \
 *     --period 2023 --dossiers hdfs:///one-stop/2023/ --format csv \
 *     --procedures hdfs:///master/procedures.jsonl --units hdfs:///master/units.jsonl \
 *     [--excusals hdfs:///master/excusals.jsonl] [--group-by unit|field|level|channel] \
 *     --output bieu06-2023.json
 * </pre>
 *
 * <p>The counts of records read, accepted and rejected go to standard error; the rejections
 * themselves, with {@code --rejects DIR}, to CSV files in a directory of the job's file system.
 */
public final class Bieu06Job {
    private Bieu06Job() {}

    /**
     * Runs the job.
     *
     * @param args the options above, each followed by its value
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
        SparkSession spark = SparkSession.builder().appName("motcua Biểu 06").getOrCreate();
        System.err.println("motcua Biểu 06 on Spark " + spark.version() + ", Jackson "
                + com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION);
        try {
            MotcuaSpark motcua = MotcuaSpark.of(spark);
            SparkRequest.Builder request = SparkRequest.builder(
                            ReportingPeriod.parse(required(options, "--period")),
                            motcua.readMasterFile(JsonLinesReader.procedures(), required(options, "--procedures")))
                    .units(motcua.readMasterFile(JsonLinesReader.units(), required(options, "--units")))
                    .grouping(Grouping.valueOf(
                            options.getOrDefault("--group-by", "unit").toUpperCase(Locale.ROOT)));
            if (options.containsKey("--excusals")) {
                request.excusals(motcua.readMasterFile(JsonLinesReader.excusals(), options.get("--excusals")));
            }
            SparkRequest built = request.build();
            String dossiers = required(options, "--dossiers");
            String format = options.getOrDefault("--format", "csv").toLowerCase(Locale.ROOT);
            DossierRead read = switch (format) {
                case "csv" -> motcua.read(built, DossierFormat.CSV, dossiers);
                case "jsonl" -> motcua.read(built, DossierFormat.JSON_LINES, dossiers);
                case "parquet" -> motcua.readParquet(built, dossiers);
                default -> throw new IllegalArgumentException("--format is csv, jsonl or parquet: " + format);
            };
            ProcessingReport report = motcua.processingReport(read.accepted(), built);
            ReadSummary summary = read.summary();
            System.err.println(dossiers + ": " + summary);
            if (options.containsKey("--rejects") && summary.rejected() > 0) {
                read.rejected().coalesce(1).write().option("header", true).csv(options.get("--rejects"));
            }
            AtomicOutput.write(
                    Path.of(required(options, "--output")),
                    out -> out.write(
                            MotcuaJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n"));
        } finally {
            spark.stop();
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        List<String> known = List.of(
                "--period",
                "--dossiers",
                "--format",
                "--procedures",
                "--units",
                "--excusals",
                "--group-by",
                "--output",
                "--rejects");
        for (int i = 0; i < args.length; i += 2) {
            if (!known.contains(args[i]) || i + 1 == args.length) {
                throw new IllegalArgumentException(
                        "options are " + known + ", each followed by its value; got " + args[i]);
            }
            options.put(args[i], args[i + 1]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String option) {
        String value = options.get(option);
        if (value == null) {
            throw new IllegalArgumentException(option + " is required");
        }
        return value;
    }
}
