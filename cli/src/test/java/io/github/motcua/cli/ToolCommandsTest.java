package io.github.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code motcua generate}, {@code schemes} and {@code score}. */
class ToolCommandsTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Motcua.run(args, out, err);
    }

    @Test
    void generateWritesTheSameDossiersForTheSameSeedWithTheirMasterFiles(@TempDir Path directory) throws IOException {
        Path first = directory.resolve("a.csv");
        Path second = directory.resolve("other").resolve("b.csv");

        assertThat(run("generate", "--dossiers", "100", "--seed", "3", "--output", first.toString()))
                .isZero();
        assertThat(run("generate", "--dossiers", "100", "--seed", "3", "--output", second.toString()))
                .isZero();

        assertThat(Files.readAllLines(first)).hasSize(101).isEqualTo(Files.readAllLines(second));
        assertThat(directory.resolve("units.jsonl")).exists();
        assertThat(directory.resolve("procedures.jsonl")).exists();
    }

    @Test
    void generateRefusesToReplaceMasterFilesUnlessForced(@TempDir Path directory) throws IOException {
        Path units = directory.resolve("units.jsonl");
        Files.writeString(units, "{\"edited\": \"by hand\"}\n");

        int refused = run(
                "generate",
                "--dossiers",
                "10",
                "--output",
                directory.resolve("d.csv").toString());

        assertThat(refused).isEqualTo(ExitCode.ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("--output would replace " + units)
                .contains("add --force");
        assertThat(Files.readString(units)).isEqualTo("{\"edited\": \"by hand\"}\n");
        assertThat(directory.resolve("d.csv")).doesNotExist();
        assertThat(run(
                        "generate",
                        "--dossiers",
                        "10",
                        "--force",
                        "--output",
                        directory.resolve("d.csv").toString()))
                .isZero();
        assertThat(Files.readString(units)).doesNotContain("by hand");
    }

    @Test
    void schemesListsTheBuiltInSchemes() {
        assertThat(run("schemes")).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("tt01-2018-units\t2018\t2019-01-06\t\tVERIFIED\t18\tThông tư 01/2018/TT-VPCP")
                .contains("tt01-2018-officials");
    }

    @Test
    void scoreRanksTheUnitsOfTheEvidenceFile(@TempDir Path directory) throws IOException {
        Path dossiers = directory.resolve("tc.csv");
        assertThat(run("demo", "--export-dossiers", dossiers.toString())).isZero();
        Path facts = directory.resolve("facts.jsonl");
        Files.copy(Path.of("..", "docs", "samples", "unit-facts.jsonl"), facts);
        out.reset();

        int exit = run(
                "score",
                "--scheme",
                "tt01-2018-units-2dp",
                "--dossiers",
                dossiers.toString(),
                "--evidence",
                facts.toString(),
                "--units",
                directory.resolve("units.jsonl").toString(),
                "--procedures",
                directory.resolve("procedures.jsonl").toString(),
                "--excusals",
                directory.resolve("excusals.jsonl").toString(),
                "--period",
                "2023");

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("- Loại tốt: 01 đơn vị gồm: Bó Mười.")
                .contains("1. Bó Mười (TC.X29), tt01-2018-units-2dp 2018: 12.66 trên 16, Tốt (điểm tiêu chí");
    }

    @Test
    void anUnknownSchemeIsAUsageErrorNamingTheAvailableOnes(@TempDir Path directory) throws IOException {
        Path empty = Files.writeString(directory.resolve("x.jsonl"), "");

        int exit = run(
                "score",
                "--scheme",
                "nope",
                "--dossiers",
                empty.toString(),
                "--evidence",
                empty.toString(),
                "--units",
                empty.toString(),
                "--procedures",
                empty.toString(),
                "--period",
                "2023");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("no scoring scheme 'nope'; available: tt01-2018-units");
    }
}
