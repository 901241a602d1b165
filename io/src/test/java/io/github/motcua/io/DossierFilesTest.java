package io.github.motcua.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.dossier.Dossier;
import io.github.motcua.sample.SyntheticDossiers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DossierFilesTest {
    @Test
    void aDataSetIsWrittenAsTheReadersReadItBack(@TempDir Path directory) throws IOException {
        SyntheticDossiers sample = SyntheticDossiers.of(7, 2023);
        List<Dossier> dossiers = sample.dossiers(50).toList();
        List<ProcedureVersion> versions = sample.procedures().stream()
                .map(procedure -> new ProcedureVersion(LocalDate.of(2013, 5, 1), procedure))
                .toList();
        Path file = directory.resolve("nested/dossiers.csv");

        DossierFiles.write(file, dossiers.iterator(), sample.units(), versions, sample.excusals());

        List<Dossier> read = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            DossierReader.builder(DossierFormat.CSV).strict(true).build().read(in, read::add, rejection -> {});
        }
        assertThat(read).containsExactlyElementsOf(dossiers);
        assertThat(JsonLinesReader.units().readAll(file.resolveSibling(DossierFiles.UNITS)))
                .isEqualTo(sample.units());
        assertThat(JsonLinesReader.procedures().readAll(file.resolveSibling(DossierFiles.PROCEDURES)))
                .isEqualTo(versions);
        assertThat(JsonLinesReader.excusals().readAll(file.resolveSibling(DossierFiles.EXCUSALS)))
                .isEqualTo(sample.excusals());
    }
}
