package io.github.motcua.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;

import io.github.motcua.dossier.Dossier;
import io.github.motcua.io.DossierColumn;
import io.github.motcua.io.DossierFormat;
import io.github.motcua.io.DossierReader;
import io.github.motcua.io.DossierRecords;
import io.github.motcua.io.MalformedFileException;
import io.github.motcua.io.RecordCount;
import io.github.motcua.io.RejectedRecordException;
import io.github.motcua.io.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * Reads dossier files into accepted dossiers and rejections: CSV and JSON Lines in parts by
 * motcua's own reader, Parquet by Spark's reader followed by motcua's checks; then ids accepted
 * more than once are resolved as a local read resolves them, the first record in input order kept.
 */
final class Reading {
    /** The reason of a duplicate's rejection, as a local read gives it. */
    static final String DUPLICATE = "a dossier with this id was already accepted from the file";

    private static final String FIRST = "_first";
    private static final String COPIES = "_copies";

    private Reading() {}

    /** Reads CSV or JSON Lines files, cut into parts of about a number of bytes. */
    static DossierRead text(
            SparkSession spark,
            Broadcast<SparkRequest> request,
            HadoopFiles files,
            DossierFormat format,
            List<String> paths,
            long partBytes) {
        List<FileStatus> statuses = files.list(paths);
        DossierReader reader = Rules.of(request.value()).reader(format);
        List<TextSplit> plan = TextSplit.plan(files, statuses, format, reader, partBytes);
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        // A part's records and line feeds, as a pair of numbers (a RecordCount is not serializable).
        List<long[]> counts = context.parallelize(plan, plan.size())
                .map(split -> {
                    RecordCount count =
                            split.count(files, Rules.of(request.value()).reader(format));
                    return new long[] {count.records(), count.lineFeeds()};
                })
                .collect();
        List<TextSplit> numbered = new ArrayList<>();
        long records = 0;
        long lines = 0;
        for (int i = 0; i < plan.size(); i++) {
            TextSplit split = plan.get(i);
            if (split.part() == 0) {
                records = 0;
                lines = 0;
            }
            numbered.add(split.after(records, lines));
            records += counts.get(i)[0];
            lines += counts.get(i)[1];
        }
        Dataset<Row> parsed = spark.createDataFrame(
                context.parallelize(numbered, numbered.size())
                        .flatMap(split ->
                                read(split, files, Rules.of(request.value()).reader(format))),
                DossierColumns.parsed());
        return resolve(parsed);
    }

    /** Reads a part's records into rows: each accepted dossier's cells, each rejection. */
    private static Iterator<Row> read(TextSplit split, HadoopFiles files, DossierReader reader) throws IOException {
        List<Row> rows = new ArrayList<>();
        long base = split.file() * DossierColumns.RECORDS_PER_FILE;
        try (InputStream in = split.stream(files)) {
            reader.readNumbered(
                    in,
                    (dossier, record, line) ->
                            rows.add(accepted(base, split.path(), split.record(record), split.line(line), dossier)),
                    rejection -> {
                        Rejection numbered = new Rejection(
                                split.record(rejection.record()),
                                split.line(rejection.line()),
                                rejection.column(),
                                rejection.value(),
                                rejection.reason());
                        rows.add(DossierColumns.rejected(base + numbered.record(), split.path(), numbered));
                    });
        } catch (MalformedFileException malformed) {
            throw new MalformedFileException(split.path() + ": " + malformed.getMessage());
        }
        return rows.iterator();
    }

    private static Row accepted(long base, String file, long record, long line, Dossier dossier) {
        return DossierColumns.accepted(
                base + record, DossierRecords.idKey(dossier.id()), file, record, line, DossierRecords.cells(dossier));
    }

    /** Reads Parquet files, each column a dossier column by its name, in input order. */
    static DossierRead parquet(
            SparkSession spark, Broadcast<SparkRequest> request, HadoopFiles files, List<String> paths) {
        List<FileStatus> statuses = files.list(paths);
        Dataset<Row> parsed = null;
        for (int file = 0; file < statuses.size(); file++) {
            String path = statuses.get(file).getPath().toString();
            Dataset<Row> rows = spark.read().parquet(path);
            int[] positions = parquetPositions(path, rows.schema());
            long base = file * DossierColumns.RECORDS_PER_FILE;
            Dataset<Row> numbered =
                    rows.select(col("*"), col("_metadata.row_index").as("_row_index"));
            int rowIndex = numbered.schema().fieldIndex("_row_index");
            Dataset<Row> part = spark.createDataFrame(
                    numbered.javaRDD().mapPartitions(iterator -> {
                        DossierRecords records = Rules.of(request.value())
                                .reader(DossierFormat.CSV)
                                .records();
                        List<Row> out = new ArrayList<>();
                        while (iterator.hasNext()) {
                            Row row = iterator.next();
                            long record = row.getLong(rowIndex) + 1;
                            out.add(parquetRow(records, row, positions, path, base, record));
                        }
                        return out.iterator();
                    }),
                    DossierColumns.parsed());
            parsed = parsed == null ? part : parsed.union(part);
        }
        if (parsed == null) {
            throw new IllegalArgumentException("no Parquet file in " + paths);
        }
        return resolve(parsed);
    }

    private static Row parquetRow(
            DossierRecords records, Row row, int[] positions, String path, long base, long record) {
        try {
            List<@Nullable String> cells = new ArrayList<>(positions.length);
            for (int position : positions) {
                cells.add(position < 0 || row.isNullAt(position) ? null : text(row.get(position)));
            }
            return accepted(base, path, record, 0, records.read(cells, record, 0));
        } catch (RejectedRecordException rejected) {
            return DossierColumns.rejected(base + record, path, rejected.rejection());
        }
    }

    /** A Parquet value as the CSV format writes it. */
    private static String text(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof Instant || value instanceof LocalDate || value instanceof LocalDateTime) {
            return value.toString();
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        throw new IllegalArgumentException("a dossier column holds text, a number, a date or a timestamp; not "
                + value.getClass().getSimpleName() + " (nested values go as JSON text, as in the CSV format)");
    }

    /** Where each dossier column is in a Parquet file, as a CSV header is checked: none unknown, none missing. */
    private static int[] parquetPositions(String path, StructType schema) {
        Map<String, Integer> known = new HashMap<>();
        for (DossierColumn column : DossierColumn.values()) {
            known.put(column.header(), column.ordinal());
        }
        for (String name : schema.fieldNames()) {
            if (!known.containsKey(name)) {
                throw new MalformedFileException(path + ": unknown column '" + name + "'; the columns are "
                        + Arrays.stream(DossierColumn.values())
                                .map(DossierColumn::header)
                                .toList());
            }
        }
        try {
            return DossierColumns.positions(schema);
        } catch (IllegalArgumentException missing) {
            throw new MalformedFileException(path + ": " + missing.getMessage());
        }
    }

    /**
     * Keeps, of the accepted records whose ids have the same key, the first in input order, and
     * rejects the others as a local read does.
     */
    static DossierRead resolve(Dataset<Row> parsed) {
        Dataset<Row> accepted = parsed.filter(col(DossierColumns.ACCEPTED));
        Dataset<Row> repeated = accepted.groupBy(DossierColumns.ID_KEY)
                .agg(min(DossierColumns.ORDER).as(FIRST), count(lit(1)).as(COPIES))
                .filter(col(COPIES).gt(1))
                .select(DossierColumns.ID_KEY, FIRST);
        // The repeated ids are few: sent to every task, so that the accepted dossiers never cross a shuffle.
        Dataset<Row> marked = accepted.join(broadcast(repeated), new String[] {DossierColumns.ID_KEY}, "left_outer");
        Column first = col(FIRST).isNull().or(col(DossierColumns.ORDER).equalTo(col(FIRST)));
        Dataset<Row> kept = marked.filter(first).select(names(DossierColumns.accepted()));
        Dataset<Row> duplicates = marked.filter(first.unary_$bang())
                .select(
                        col(DossierColumns.ORDER),
                        col(DossierColumns.FILE),
                        col(DossierColumns.RECORD),
                        col(DossierColumns.LINE),
                        lit("").as("id"),
                        lit(DossierColumn.ID.header()).as("column"),
                        col(DossierColumn.ID.header()).as("value"),
                        lit(DUPLICATE).as("reason"));
        Dataset<Row> refused = parsed.filter(col(DossierColumns.ACCEPTED).unary_$bang())
                .select(
                        col(DossierColumns.ORDER),
                        col(DossierColumns.FILE),
                        col(DossierColumns.RECORD),
                        col(DossierColumns.LINE),
                        col("rejection_id").as("id"),
                        col("rejection_column").as("column"),
                        col("rejection_value").as("value"),
                        col("rejection_reason").as("reason"));
        Dataset<Row> rejected =
                refused.union(duplicates).orderBy(DossierColumns.ORDER).select(names(DossierColumns.rejected()));
        return new DossierRead(kept, rejected);
    }

    private static Column[] names(StructType schema) {
        return Arrays.stream(schema.fieldNames())
                .map(org.apache.spark.sql.functions::col)
                .toArray(Column[]::new);
    }
}
