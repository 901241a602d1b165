package io.github.motcua.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.io.DossierFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * For small generated files with ids repeated and blank lines anywhere, cut into any number of parts
 * (a part may begin inside a record, or hold none) and counted in any number of partitions, Spark's read and Biểu 06 equal the local reader's.
 */
class SparkReadProperties {
    private Path directory;

    @BeforeTry
    void makeDirectory() throws IOException {
        directory = Files.createTempDirectory("motcua-spark-property");
    }

    @AfterTry
    void deleteDirectory() throws IOException {
        try (var files = Files.walk(directory)) {
            for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Property(tries = 20)
    void anyPartingAndPartitioningGivesTheLocalReadAndReport(
            @ForAll boolean csv,
            @ForAll @IntRange(min = 1, max = 300) int dossiers,
            @ForAll @Size(max = 6) List<@IntRange(min = 0, max = 400) Integer> repeated,
            @ForAll @Size(max = 4) List<@IntRange(min = 0, max = 400) Integer> blank,
            @ForAll @IntRange(min = 1, max = 24) int parts,
            @ForAll @IntRange(min = 1, max = 9) int partitions)
            throws IOException {
        DossierFormat format = csv ? DossierFormat.CSV : DossierFormat.JSON_LINES;
        Path file = TestFiles.write(directory, format, dossiers, dossiers);
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        int first = csv ? 1 : 0;
        for (int at : repeated) {
            lines.add(first + at % (lines.size() - first + 1), lines.get(first + at % (lines.size() - first)));
        }
        for (int at : blank) {
            lines.add(first + at % (lines.size() - first + 1), "");
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        SparkRequest request = TestFiles.request(directory);
        LocalRead local = LocalRead.of(file, format, request);

        DossierRead read = MotcuaSpark.of(LocalSpark.session())
                .withPartBytes(Math.max(1, Files.size(file) / parts))
                .read(request, format, file.toString());
        Dataset<Row> accepted = read.accepted().repartition(partitions);

        assertThat(read.accepted().orderBy("file", "record").collectAsList().stream()
                        .map(SparkEqualsLocalTest::cells)
                        .toList())
                .isEqualTo(local.cells());
        assertThat(read.rejected().collectAsList().stream()
                        .map(SparkEqualsLocalTest::rejection)
                        .toList())
                .isEqualTo(local.rejected());
        assertThat(LocalRead.json(MotcuaSpark.of(LocalSpark.session()).processingReport(accepted, request)))
                .isEqualTo(LocalRead.json(local.report()));
    }
}
