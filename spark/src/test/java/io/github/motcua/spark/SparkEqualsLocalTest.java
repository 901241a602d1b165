package io.github.motcua.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.io.DossierColumn;
import io.github.motcua.io.DossierFormat;
import io.github.motcua.io.Rejection;
import io.github.motcua.io.UnitFacts;
import io.github.motcua.report.EvaluationSection;
import io.github.motcua.report.Grouping;
import io.github.motcua.scoring.Schemes;
import io.github.motcua.scoring.ScoringScheme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Spark's read, verdicts, Biểu 06 and scores equal the single-machine results on the same files,
 * for CSV and JSON Lines cut into 1, 7 and 64 parts, and the dossiers repartitioned.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkEqualsLocalTest {
    private Path directory;
    private Path bigCsv;
    private LocalRead bigLocal;

    @BeforeAll
    void writeFiles(@TempDir Path temporary) throws IOException {
        directory = temporary;
        Path big = Files.createDirectories(directory.resolve("big"));
        bigCsv = TestFiles.write(big, DossierFormat.CSV, 7, 200_000);
        bigLocal = LocalRead.of(bigCsv, DossierFormat.CSV, TestFiles.request(big));
    }

    @Test
    void twoHundredThousandCsvDossiersInSevenPartsGiveTheLocalReadVerdictsReportAndScores() throws IOException {
        MotcuaSpark motcua = MotcuaSpark.of(LocalSpark.session()).withPartBytes(Files.size(bigCsv) / 7 + 1);
        SparkRequest request = bigLocal.request();
        DossierRead read = motcua.read(request, DossierFormat.CSV, bigCsv.toString());
        Dataset<Row> accepted = read.accepted().persist();

        assertSameRead(read, bigLocal);
        assertThat(LocalRead.json(motcua.processingReport(accepted, request)))
                .isEqualTo(LocalRead.json(bigLocal.report()));
        assertThat(sorted(rows(motcua.verdicts(accepted.repartition(5), request))))
                .isEqualTo(sorted(bigLocal.verdicts()));
        ScoringScheme scheme = Schemes.installed().require("tt01-2018-units");
        List<UnitFacts> facts = facts(request);
        assertThat(section(scheme, motcua.scores(accepted, facts, scheme, request)))
                .isEqualTo(section(scheme, bigLocal.scores(facts, scheme)));
        accepted.unpersist();
    }

    @ParameterizedTest(name = "{0} in {1} parts, by {2}")
    @CsvSource({
        "CSV, 1, UNIT",
        "CSV, 64, FIELD",
        "JSON_LINES, 1, LEVEL",
        "JSON_LINES, 7, CHANNEL",
        "JSON_LINES, 64, UNIT"
    })
    void smallerFilesInAnyNumberOfPartsGiveTheLocalReadAndReport(DossierFormat format, int parts, Grouping grouping)
            throws IOException {
        Path files = Files.createDirectories(directory.resolve(format + "-" + parts + "-" + grouping));
        Path file = TestFiles.write(files, format, parts, 20_000);
        SparkRequest request = SparkRequest.builder(
                        TestFiles.request(files).period(), Rules.of(TestFiles.request(files)).versions)
                .units(List.copyOf(Rules.of(TestFiles.request(files)).directory.versions()))
                .grouping(grouping)
                .build();
        LocalRead local = LocalRead.of(file, format, request);
        MotcuaSpark motcua = MotcuaSpark.of(LocalSpark.session()).withPartBytes(Files.size(file) / parts + 1);

        DossierRead read = motcua.read(request, format, file.toString());

        assertSameRead(read, local);
        assertThat(LocalRead.json(motcua.processingReport(read.accepted().repartition(3), request)))
                .isEqualTo(LocalRead.json(local.report()));
    }

    /** The same accepted dossiers in the same order, and the same rejections. */
    static void assertSameRead(DossierRead read, LocalRead local) {
        List<Row> accepted = read.accepted().orderBy("file", "record").collectAsList();
        assertThat(accepted.stream().map(SparkEqualsLocalTest::cells).toList()).isEqualTo(local.cells());
        assertThat(read.rejected().collectAsList().stream()
                        .map(SparkEqualsLocalTest::rejection)
                        .toList())
                .isEqualTo(local.rejected())
                .isNotEmpty();
        assertThat(read.summary().read())
                .isEqualTo(local.accepted().size() + local.rejected().size());
    }

    static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (DossierColumn column : DossierColumn.values()) {
            String cell = row.getAs(column.header());
            cells.add(cell == null ? "" : cell);
        }
        return cells;
    }

    static Rejection rejection(Row row) {
        return new Rejection(
                row.getAs("record"),
                row.getAs("line"),
                row.getAs("id"),
                row.getAs("column"),
                row.getAs("value"),
                row.getAs("reason"));
    }

    private static List<List<String>> rows(Dataset<Row> rows) {
        return rows.collectAsList().stream()
                .map(row -> {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < row.size(); i++) {
                        cells.add(row.getString(i));
                    }
                    return cells;
                })
                .toList();
    }

    private static List<List<String>> sorted(List<List<String>> rows) {
        List<List<String>> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(row -> String.join("\u0000", row)));
        return sorted;
    }

    /** Facts for every unit, with none of their optional facts: the dossiers' criteria decide. */
    private static List<UnitFacts> facts(SparkRequest request) {
        return Rules.of(request).directory.versions().stream()
                .map(unit -> unit.code())
                .distinct()
                .map(code ->
                        new UnitFacts(code, Optional.empty(), Map.of(), Optional.empty(), Optional.empty(), Map.of()))
                .toList();
    }

    private static String section(ScoringScheme scheme, io.github.motcua.ranking.Standings standings) {
        return LocalRead.json(EvaluationSection.of("units", scheme.id(), scheme, standings));
    }
}
