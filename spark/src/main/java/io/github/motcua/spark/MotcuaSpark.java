package io.github.motcua.spark;

import io.github.motcua.dossier.Dossier;
import io.github.motcua.evidence.DossierEvidence;
import io.github.motcua.io.DossierFormat;
import io.github.motcua.io.JsonLinesReader;
import io.github.motcua.io.UnitFacts;
import io.github.motcua.io.VerdictWriter;
import io.github.motcua.ranking.Ranking;
import io.github.motcua.ranking.Standings;
import io.github.motcua.report.Labels;
import io.github.motcua.report.ProcessingReport;
import io.github.motcua.report.ReportRows;
import io.github.motcua.scoring.Scorecard;
import io.github.motcua.scoring.ScoringScheme;
import io.github.motcua.tally.Counted;
import io.github.motcua.timeliness.TimelinessClassifier;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.StreamSupport;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * motcua on Apache Spark: reads dossier files where the data lives and computes the same verdicts,
 * processing report (Biểu 06) and scores as the single-machine library, equal to the last dossier
 * for any partitioning.
 *
 * <pre>{@code
 * MotcuaSpark motcua = MotcuaSpark.of(spark);
 * SparkRequest request = SparkRequest.builder(ReportingPeriod.parse("2023"), procedures).units(units).build();
 * DossierRead read = motcua.read(request, DossierFormat.CSV, "hdfs:///one-stop/2023/");
 * ProcessingReport bieu06 = motcua.processingReport(read.accepted(), request);
 * Dataset<Row> verdicts = motcua.verdicts(read.accepted(), request);
 * }</pre>
 *
 * <p>The rules are the library's own: records are read by motcua's record parser with the local
 * reader's checks, dossiers are classified by {@link TimelinessClassifier}, and the report's rows
 * are the library's tallies merged across partitions by a Spark aggregator. A request is sent to
 * each executor once and its master data read there once. Instances are thread-safe.
 */
public final class MotcuaSpark {
    /** The default size of the parts a CSV or JSON Lines file is cut into: 16 MiB. */
    public static final long DEFAULT_PART_BYTES = 16L << 20;

    private final SparkSession spark;
    private final long partBytes;
    private final Map<String, Broadcast<SparkRequest>> sent = new ConcurrentHashMap<>();

    private MotcuaSpark(SparkSession spark, long partBytes) {
        this.spark = spark;
        this.partBytes = partBytes;
    }

    /**
     * Returns motcua on a Spark session.
     *
     * @param spark the session
     * @return motcua on it, cutting files into parts of {@link #DEFAULT_PART_BYTES}
     */
    public static MotcuaSpark of(SparkSession spark) {
        return new MotcuaSpark(Objects.requireNonNull(spark, "spark"), DEFAULT_PART_BYTES);
    }

    /**
     * Returns motcua cutting CSV and JSON Lines files into parts of about a number of bytes, one
     * task each.
     *
     * @param bytes the size of a part, at least 1
     * @return motcua with that size
     */
    public MotcuaSpark withPartBytes(long bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("a part holds at least 1 byte: " + bytes);
        }
        return new MotcuaSpark(spark, bytes);
    }

    /**
     * Reads CSV or JSON Lines dossier files as the local reader reads them (docs/formats.md), in
     * parts on the cluster: every record is accepted or rejected with its record number, line,
     * column, value and reason; of records with the same id only the first in input order is
     * accepted. Input order is the order of the paths given, a directory's files by name, then each
     * file's records in file order. A CSV cell may not hold a line feed here (the readers' default).
     *
     * @param request the request, whose master data the records are checked against
     * @param format the files' format
     * @param paths files or directories, on any file system Spark reads
     * @return the accepted dossiers and the rejections
     * @throws io.github.motcua.io.MalformedFileException if a CSV file has no usable header
     */
    public DossierRead read(SparkRequest request, DossierFormat format, String... paths) {
        Objects.requireNonNull(format, "format");
        return Reading.text(spark, broadcast(request), files(), format, List.of(paths), partBytes);
    }

    /**
     * Reads Parquet dossier files with Spark's reader, each column a dossier column by its CSV name
     * (text, or a date, a timestamp or a number for the columns that hold one; nested values as the
     * CSV format's JSON text), then checks each row as the local reader checks a record. Record
     * numbers are each file's row numbers from 1; lines are 0. Input order is as for {@link #read}.
     *
     * @param request the request, whose master data the rows are checked against
     * @param paths files or directories
     * @return the accepted dossiers and the rejections
     * @throws io.github.motcua.io.MalformedFileException if a file lacks a required column or has
     *     an unknown one
     */
    public DossierRead readParquet(SparkRequest request, String... paths) {
        return Reading.parquet(spark, broadcast(request), files(), List.of(paths));
    }

    /**
     * Returns each dossier's verdict as of the request's report date, for the dossiers in the
     * period's figures: one row a dossier, with the columns of the verdicts CSV ({@link
     * VerdictWriter#COLUMNS}) as text.
     *
     * @param dossiers accepted dossiers, with the columns of the dossier CSV format ({@link #read})
     * @param request the request
     * @return the verdicts, lazily computed
     */
    public Dataset<Row> verdicts(Dataset<Row> dossiers, SparkRequest request) {
        Broadcast<SparkRequest> sentRequest = broadcast(request);
        int[] positions = DossierColumns.positions(dossiers.schema());
        int record = recordColumn(dossiers.schema());
        StructType schema = DataTypes.createStructType(VerdictWriter.COLUMNS.stream()
                .map(column -> DataTypes.createStructField(column, DataTypes.StringType, false))
                .toList());
        return spark.createDataFrame(
                dossiers.javaRDD().mapPartitions(rows -> verdicts(rows, sentRequest, positions, record)), schema);
    }

    private static Iterator<Row> verdicts(
            Iterator<Row> rows, Broadcast<SparkRequest> request, int[] positions, int record) {
        RowDossiers dossiers = new RowDossiers(Rules.of(request.value()), positions, record);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED), false)
                .map(dossiers::counted)
                .filter(Objects::nonNull)
                .map(counted ->
                        RowFactory.create(VerdictWriter.cells(counted.verdict()).toArray()))
                .iterator();
    }

    /**
     * Computes the processing report (Biểu 06) of the dossiers, with the request's grouping,
     * rules, rate and rounding: the same value as the single-machine path. Each partition counts
     * its dossiers into the library's tallies; one tally a row key and partition is merged.
     *
     * @param dossiers accepted dossiers, with the columns of the dossier CSV format ({@link #read})
     * @param request the request
     * @return the report
     */
    public ProcessingReport processingReport(Dataset<Row> dossiers, SparkRequest request) {
        Broadcast<SparkRequest> sentRequest = broadcast(request);
        RowsAggregator aggregator = new RowsAggregator(
                sentRequest, DossierColumns.positions(dossiers.schema()), recordColumn(dossiers.schema()));
        ReportRows<?> counts = dossiers.select(aggregator.toColumn())
                .as(aggregator.outputEncoder())
                .first();
        Rules rules = Rules.of(request);
        return ProcessingReport.builder("", "", rules.period)
                .grouping(request.grouping())
                .totalLabel(Labels.of(request.language()).total())
                .rate(request.rate())
                .rounding(request.rounding())
                .calendar(rules.calendar)
                .rows(merged(rules.emptyRows(), counts))
                .build();
    }

    /** Rows read back from Spark, merged into rows with the request's key and labels. */
    @SuppressWarnings({"unchecked", "rawtypes"}) // rows of the same request's grouping
    private static ReportRows<?> merged(ReportRows<?> live, ReportRows<?> counts) {
        return ((ReportRows) live).merge(counts);
    }

    /**
     * Scores each unit that has facts with a scheme, as the command line's {@code score} does, and
     * ranks the scorecards. The dossiers are counted under the scheme's classification policy as of
     * the period's last day. A scheme's criteria read each unit's list of dossiers, so the dossiers
     * are read, one partition at a time, into that list on the driver.
     *
     * @param dossiers accepted dossiers, with the columns of the dossier CSV format ({@link #read})
     * @param unitFacts the units' facts
     * @param scheme the scoring scheme, in force in the period
     * @param request the request
     * @return the scorecards, ranked
     * @throws io.github.motcua.scoring.SchemeNotInForceException if the scheme is not in force
     */
    public Standings scores(
            Dataset<Row> dossiers, List<UnitFacts> unitFacts, ScoringScheme scheme, SparkRequest request) {
        Objects.requireNonNull(scheme, "scheme");
        Rules rules = Rules.of(request);
        scheme.requireInForce(rules.period.dates());
        TimelinessClassifier classifier = rules.classifier.under(scheme.classification());
        RowDossiers reading =
                new RowDossiers(rules, DossierColumns.positions(dossiers.schema()), recordColumn(dossiers.schema()));
        Map<String, List<DossierEvidence>> byUnit = new HashMap<>();
        Iterator<Row> rows = dossiers.toLocalIterator();
        while (rows.hasNext()) {
            Dossier dossier = reading.dossier(rows.next());
            Counted.inPeriod(dossier, rules.period, classifier, rules.period.end())
                    .ifPresent(counted -> byUnit.computeIfAbsent(
                                    request.attribution().unitOf(dossier), unit -> new ArrayList<>())
                            .add(DossierEvidence.of(counted)));
        }
        List<Scorecard> cards =
                UnitFacts.scorecards(scheme, List.copyOf(unitFacts), rules.directory, byUnit, rules.period.end());
        return Ranking.standard().rank(cards);
    }

    /**
     * Reads a master file of JSON Lines (units, procedures, excusal intervals, unit facts) from any
     * file system Spark reads, strictly: a line that is not accepted stops the read.
     *
     * @param reader the reader of the file's values, such as {@link JsonLinesReader#units()}
     * @param path the file
     * @param <T> the type of the values
     * @return the values, in file order
     */
    public <T> List<T> readMasterFile(JsonLinesReader<T> reader, String path) {
        Objects.requireNonNull(reader, "reader");
        HadoopFiles files = files();
        try (InputStream in =
                files.open(files.list(List.of(path)).get(0).getPath().toString(), 0)) {
            return reader.strict(true).readAll(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads master data from a data set of JSON lines, such as a table's column, strictly.
     *
     * @param reader the reader of the values, such as {@link JsonLinesReader#units()}
     * @param lines the JSON lines
     * @param <T> the type of the values
     * @return the values, in the data set's order
     */
    public <T> List<T> masterData(JsonLinesReader<T> reader, Dataset<String> lines) {
        Objects.requireNonNull(reader, "reader");
        String text = String.join("\n", lines.collectAsList());
        try {
            return reader.strict(true).readAll(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Broadcast<SparkRequest> broadcast(SparkRequest request) {
        Objects.requireNonNull(request, "request");
        return sent.computeIfAbsent(
                request.id(),
                id -> JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(request));
    }

    private HadoopFiles files() {
        return new HadoopFiles(spark.sparkContext().hadoopConfiguration());
    }

    /** Where the record number is, or -1. */
    private static int recordColumn(StructType schema) {
        return List.of(schema.fieldNames()).indexOf(DossierColumns.RECORD);
    }
}
