package io.github.motcua.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.io.DossierFiles;
import io.github.motcua.io.DossierFormat;
import io.github.motcua.io.JsonLinesReader;
import io.github.motcua.io.RejectedRecordException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Encoders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Master data read through Spark, from a file or a data set of JSON lines, equal the local read. */
class MasterDataTest {
    @TempDir
    Path directory;

    @Test
    void masterFilesAndDataSetsOfJsonLinesGiveTheLocalReadsValues() throws IOException {
        TestFiles.write(directory, DossierFormat.CSV, 2, 10);
        Path units = directory.resolve(DossierFiles.UNITS);
        MotcuaSpark motcua = MotcuaSpark.of(LocalSpark.session());
        List<String> lines = Files.readAllLines(units, StandardCharsets.UTF_8);

        assertThat(motcua.readMasterFile(JsonLinesReader.units(), units.toString()))
                .isEqualTo(JsonLinesReader.units().readAll(units))
                .isNotEmpty();
        assertThat(motcua.masterData(
                        JsonLinesReader.units(), LocalSpark.session().createDataset(lines, Encoders.STRING())))
                .isEqualTo(JsonLinesReader.units().readAll(units));
        assertThat(motcua.readMasterFile(
                        JsonLinesReader.procedures(),
                        directory.resolve(DossierFiles.PROCEDURES).toString()))
                .isEqualTo(JsonLinesReader.procedures().readAll(directory.resolve(DossierFiles.PROCEDURES)));
    }

    @Test
    void aMasterLineThatIsNotAcceptedStopsTheRead() throws IOException {
        TestFiles.write(directory, DossierFormat.CSV, 2, 10);
        List<String> lines =
                new ArrayList<>(Files.readAllLines(directory.resolve(DossierFiles.UNITS), StandardCharsets.UTF_8));
        lines.add("{\"code\": 7}");

        assertThatThrownBy(() -> MotcuaSpark.of(LocalSpark.session())
                        .masterData(
                                JsonLinesReader.units(), LocalSpark.session().createDataset(lines, Encoders.STRING())))
                .isInstanceOf(RejectedRecordException.class);
    }
}
