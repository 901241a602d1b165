package io.github.motcua.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.motcua.io.DossierColumn;
import io.github.motcua.io.DossierFormat;
import io.github.motcua.io.DossierRecords;
import io.github.motcua.io.MalformedFileException;
import io.github.motcua.io.Rejection;
import io.github.motcua.sample.SyntheticDossiers;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parquet files with the dossier columns, some typed (a timestamp, a date), read by Spark's reader
 * and checked by motcua's give the rows, rejections and report that the local reader gives for the
 * same records in a CSV file.
 */
class ParquetEqualsLocalTest {
    @TempDir
    Path directory;

    @Test
    void parquetRowsWithTypedColumnsGiveTheLocalReadOfTheSameRecords() throws IOException {
        Path csv = TestFiles.write(directory, DossierFormat.CSV, 11, 20_000);
        SparkRequest request = TestFiles.request(directory);
        List<List<String>> records = new ArrayList<>(SyntheticDossiers.of(11, 2023)
                .dossiers(20_000)
                .map(DossierRecords::cells)
                .toList());
        records.get(3).set(DossierColumn.CHANNEL.ordinal(), "FAX");
        records.get(7).set(DossierColumn.RESOLVING_UNIT_CODE.ordinal(), "NO-SUCH-UNIT");
        records.get(9).set(DossierColumn.SUPPLEMENT_REQUESTS.ordinal(), "[{\"requestedAt\": 3}]");
        records.add(records.get(1));
        records.add(12_000, records.get(500));
        writeCsv(csv, records);
        LocalRead local = LocalRead.of(csv, DossierFormat.CSV, request);
        Path parquet = directory.resolve("dossiers.parquet");
        writeParquet(parquet, records);

        DossierRead read = MotcuaSpark.of(LocalSpark.session()).readParquet(request, parquet.toString());

        List<Row> accepted = read.accepted().orderBy("record").collectAsList();
        assertThat(accepted.stream().map(SparkEqualsLocalTest::cells).toList()).isEqualTo(local.cells());
        assertThat(read.rejected().collectAsList().stream()
                        .map(SparkEqualsLocalTest::rejection)
                        .toList())
                .isEqualTo(local.rejected().stream()
                        .map(rejection -> new Rejection(
                                rejection.record(),
                                0,
                                rejection.id(),
                                rejection.column(),
                                rejection.value(),
                                rejection.reason()))
                        .toList())
                .hasSize(5);
        assertThat(LocalRead.json(MotcuaSpark.of(LocalSpark.session()).processingReport(read.accepted(), request)))
                .isEqualTo(LocalRead.json(local.report()));
    }

    @Test
    void aParquetFileWithAColumnNotOfTheFormatIsRefusedNamingIt() throws IOException {
        TestFiles.write(directory, DossierFormat.CSV, 1, 10);
        SparkRequest request = TestFiles.request(directory);
        SparkSession spark = LocalSpark.session();
        Path parquet = directory.resolve("odd.parquet");
        spark.sql("select 'HS-1' as id, 'X' as procedure_code, 'U' as receiving_unit_code,"
                        + " 'U' as resolving_unit_code, 'DIRECT' as channel, '2023-01-03T08:00' as received_at,"
                        + " 'x' as ghi_chu")
                .write()
                .parquet(parquet.toString());

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> MotcuaSpark.of(spark).readParquet(request, parquet.toString()))
                .isInstanceOf(MalformedFileException.class)
                .hasMessageContaining("unknown column 'ghi_chu'");
    }

    private static void writeCsv(Path file, List<List<String>> records) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        for (DossierColumn column : DossierColumn.values()) {
            schema.addColumn(column.header());
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                SequenceWriter rows = new CsvMapper().writer(schema.build()).writeValues(out)) {
            for (List<String> record : records) {
                rows.write(record.toArray(new String[0]));
            }
        }
    }

    /** Writes the records as one Parquet file, with received_at a timestamp and appointment_date a date. */
    private static void writeParquet(Path file, List<List<String>> records) {
        List<Row> rows = records.stream()
                .map(record -> RowFactory.create(record.stream()
                        .map(cell -> cell.isEmpty() ? null : cell)
                        .toArray()))
                .toList();
        StructType schema = DataTypes.createStructType(List.of(DossierColumn.values()).stream()
                .map(column -> DataTypes.createStructField(column.header(), DataTypes.StringType, true))
                .toList());
        Dataset<Row> text = LocalSpark.session().createDataFrame(rows, schema);
        text.withColumn("received_at", col("received_at").cast(DataTypes.TimestampType))
                .withColumn("appointment_date", col("appointment_date").cast(DataTypes.DateType))
                .coalesce(1)
                .write()
                .parquet(file.toString());
    }
}
