package io.github.motcua.spark;

import io.github.motcua.dossier.Dossier;
import io.github.motcua.io.DossierFiles;
import io.github.motcua.io.DossierFormat;
import io.github.motcua.io.JsonLinesReader;
import io.github.motcua.io.ProcedureVersion;
import io.github.motcua.period.ReportingPeriod;
import io.github.motcua.sample.SyntheticDossiers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Generated dossier files with faults a read must reject: a bad date, an unknown unit, a record with
 * too few cells, blank lines, and ids repeated in later parts of the file.
 */
final class TestFiles {
    /** The day from which the generated procedures are in force, as the command line exports them. */
    static final LocalDate PROCEDURES_FROM = LocalDate.of(2013, 5, 1);

    private TestFiles() {}

    /** Writes {@code count} synthetic dossiers of 2023 in a format, with faults, and the master files beside them. */
    static Path write(Path directory, DossierFormat format, long seed, int count) throws IOException {
        SyntheticDossiers sample = SyntheticDossiers.of(seed, 2023);
        Path file = directory.resolve(format == DossierFormat.CSV ? "dossiers.csv" : "dossiers.jsonl");
        List<Dossier> dossiers = sample.dossiers(count).toList();
        DossierFiles.write(
                file,
                dossiers.iterator(),
                sample.units(),
                sample.procedures().stream()
                        .map(procedure -> new ProcedureVersion(PROCEDURES_FROM, procedure))
                        .toList(),
                sample.excusals());
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        int first = format == DossierFormat.CSV ? 1 : 0;
        int size = lines.size();
        if (size > first + 20) {
            lines.set(first + 3, lines.get(first + 3).replace("2023-", "2023-13-"));
            lines.set(
                    first + 7,
                    lines.get(first + 7).replace(sample.units().get(0).code(), "NO-SUCH-UNIT"));
            lines.set(first + 11, format == DossierFormat.CSV ? "only,three,cells" : "{\"id\": ");
            lines.add(first + 5, "");
            lines.add(size / 2, lines.get(first + 1)); // an id repeated in the middle
            lines.add(lines.get(size / 3)); // and at the end
            lines.add(lines.get(size - 2));
            lines.add("");
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    /** The request of the files written in a directory, by unit. */
    static SparkRequest request(Path directory) throws IOException {
        return SparkRequest.builder(
                        ReportingPeriod.parse("2023"),
                        JsonLinesReader.procedures().readAll(directory.resolve(DossierFiles.PROCEDURES)))
                .units(JsonLinesReader.units().readAll(directory.resolve(DossierFiles.UNITS)))
                .excusals(JsonLinesReader.excusals().readAll(directory.resolve(DossierFiles.EXCUSALS)))
                .build();
    }
}
