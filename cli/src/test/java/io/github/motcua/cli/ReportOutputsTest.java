package io.github.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.io.json.MotcuaJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code motcua report} writes: never over an input, whole or not at all, and safe to read. */
class ReportOutputsTest {
    private static final Path SAMPLE = Path.of("..", "docs", "samples", "reform-2025");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int report(Path input, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "report",
                "--input",
                input.toString(),
                "--units",
                SAMPLE.resolve("units.jsonl").toString(),
                "--procedures",
                SAMPLE.resolve("procedures.jsonl").toString(),
                "--period",
                "2025",
                "--successor",
                "X.CL=X.MK",
                "--quiet"));
        args.addAll(List.of(extra));
        return Motcua.run(args.toArray(new String[0]), out, err);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static Path copyOfTheSample(Path directory) throws IOException {
        Path input = directory.resolve("dossiers.csv");
        Files.copy(SAMPLE.resolve("dossiers.csv"), input);
        return input;
    }

    @Test
    void anOutputNamingTheInputIsRefusedBeforeAnythingIsOpened(@TempDir Path directory) throws IOException {
        Path input = copyOfTheSample(directory);
        byte[] before = Files.readAllBytes(input);

        assertThat(report(input, "--verdicts", input.toString())).isEqualTo(ExitCode.ERROR);
        assertThat(report(
                        input,
                        "--rejects",
                        directory.resolve(".").resolve("dossiers.csv").toString()))
                .isEqualTo(ExitCode.ERROR);

        assertThat(err())
                .contains("--verdicts " + input + " is the file given to --input: an output never"
                        + " overwrites an input");
        assertThat(Files.readAllBytes(input)).isEqualTo(before);
    }

    @Test
    void anOutputThatIsALinkToAnInputIsRefused(@TempDir Path directory) throws IOException {
        Path input = copyOfTheSample(directory);
        Path link = Files.createSymbolicLink(directory.resolve("link.csv"), input);

        assertThat(report(input, "--rejects", link.toString())).isEqualTo(ExitCode.ERROR);
        assertThat(err()).contains("is the file given to --input");
        assertThat(Files.readString(input)).startsWith("id,");
    }

    @Test
    void twoOutputsMayNotShareAFile(@TempDir Path directory) throws IOException {
        Path input = copyOfTheSample(directory);
        Path same = directory.resolve("out.csv");

        assertThat(report(input, "--verdicts", same.toString(), "--rejects", same.toString()))
                .isEqualTo(ExitCode.ERROR);
        assertThat(err()).contains("--rejects and --verdicts name the same file");
    }

    @Test
    void rejectionsGoToAJsonLinesFileWithEveryField(@TempDir Path directory) throws IOException {
        Path input = copyOfTheSample(directory);
        Path rejects = directory.resolve("rejects.jsonl");

        assertThat(report(input, "--rejects", rejects.toString())).isEqualTo(ExitCode.REJECTED);

        List<String> lines = Files.readAllLines(rejects);
        assertThat(lines).hasSize(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> rejection = MotcuaJson.mapper().readValue(lines.get(0), Map.class);
        assertThat(rejection)
                .containsEntry("record", 4)
                .containsEntry("line", 5)
                .containsEntry("column", "receiving_unit_code")
                .containsEntry("value", "TC.P01");
        assertThat((String) rejection.get("reason")).contains("was not in force on 2025-08-01");
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void aValueWithALineFeedOrAnEscapeCannotForgeALineOfTheRejectsFile(@TempDir Path directory) throws IOException {
        Path input = directory.resolve("bad.csv");
        List<String> sample = Files.readAllLines(SAMPLE.resolve("dossiers.csv"));
        Files.write(input, List.of(sample.get(0), sample.get(1).replace("MC.D10", "\"MC\u001B[31m\nFORGED\"")));
        Path rejects = directory.resolve("rejects.txt");

        report(input, "--rejects", rejects.toString());

        List<String> written = Files.readAllLines(rejects);
        assertThat(written)
                .as("the record that ran over two lines, then its second line read again")
                .hasSize(2)
                .allSatisfy(line -> assertThat(line).doesNotContain("\u001B"));
        assertThat(written.get(0)).contains("MC\\u001B[31m\\nFORGED").contains("runs over 2 lines");
    }

    @Test
    void anEmptyUnitsFileGivenExplicitlyIsAnError(@TempDir Path directory) throws IOException {
        Path empty = Files.writeString(directory.resolve("units.jsonl"), "");

        int code = Motcua.run(
                new String[] {
                    "report",
                    "--input",
                    SAMPLE.resolve("dossiers.csv").toString(),
                    "--units",
                    empty.toString(),
                    "--procedures",
                    SAMPLE.resolve("procedures.jsonl").toString(),
                    "--period",
                    "2025"
                },
                out,
                err);

        assertThat(code).isEqualTo(ExitCode.ERROR);
        assertThat(err()).contains("--units " + empty + ": the file lists no unit");
    }

    @Test
    void aPeriodOutsideTheCalendarIsAnErrorNotAnEmptyReport() {
        int code = Motcua.run(
                new String[] {
                    "report",
                    "--input",
                    SAMPLE.resolve("dossiers.csv").toString(),
                    "--procedures",
                    SAMPLE.resolve("procedures.jsonl").toString(),
                    "--period",
                    "2040"
                },
                out,
                err);

        assertThat(code).isEqualTo(ExitCode.ERROR);

        assertThat(err())
                .contains("--period 2040: its window 2039-12-15 to 2040-12-14 lies outside the working calendar"
                        + " (2013-05-01 to 2035-12-31)");
    }

    @Test
    void aMissingInputOrADirectoryIsAnInputOutputErrorSaidPlainly(@TempDir Path directory) {
        assertThat(report(directory.resolve("absent.csv"))).isEqualTo(ExitCode.INPUT_OUTPUT);
        assertThat(report(directory)).isEqualTo(ExitCode.INPUT_OUTPUT);

        assertThat(err())
                .contains("motcua report: no such file or directory: " + directory.resolve("absent.csv")
                        + " (given to --input)")
                .contains("motcua report: " + directory + ": is a directory, given to --input where a file is needed");
    }
}
