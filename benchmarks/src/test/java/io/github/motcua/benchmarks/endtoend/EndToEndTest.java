package io.github.motcua.benchmarks.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQL restates motcua's rules: on generated data sets both sides give the same Biểu 06 by
 * unit and by field, as the comparison requires before it times anything.
 */
class EndToEndTest {
    @Test
    void duckDbsSqlAndMotcuasReportPathGiveTheSameFigures(@TempDir Path directory) throws Exception {
        for (long seed : List.of(1L, 2023L)) {
            DataSet data = new DataSet(directory.resolve("seed-" + seed));
            data.generate(4_000, seed);

            Figures motcua = MotcuaReport.run(data);
            Figures duckdb = DuckDbReport.run(data);

            assertThat(duckdb.text()).isEqualTo(motcua.text());
            assertThat(motcua.received("unit")).isEqualTo(4_000);
            assertThat(motcua.received("field")).isEqualTo(4_000);
            assertThat(motcua.text().lines()).hasSizeGreaterThan(20);
        }
    }

    @Test
    void aDataSetIsGeneratedOnceForItsSize(@TempDir Path directory) throws Exception {
        DataSet data = new DataSet(directory);
        data.generate(100, EndToEnd.SEED);
        long written = java.nio.file.Files.getLastModifiedTime(data.dossiers()).toMillis();
        java.nio.file.Files.setLastModifiedTime(
                data.dossiers(), java.nio.file.attribute.FileTime.fromMillis(written - 60_000));

        data.generate(100, EndToEnd.SEED);
        assertThat(java.nio.file.Files.getLastModifiedTime(data.dossiers()).toMillis())
                .isEqualTo(written - 60_000);

        data.generate(200, EndToEnd.SEED);
        assertThat(java.nio.file.Files.readAllLines(data.dossiers())).hasSize(201);
    }
}
