package io.github.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --input -} and {@code --dossiers -} read standard input in the format {@code
 * --input-format} names, and long work draws a progress line on standard error when it is a
 * terminal, on the parallel path too, unless {@code --quiet}. The terminal and its clock are the
 * test's: each reading of the clock is one second after the one before.
 */
class StandardInputAndProgressTest {
    private static final Path SAMPLES = Path.of("..", "docs", "samples");

    /** A drawing of the progress line of a file of known size: percentage, amount, rate, time left. */
    private static final Pattern FILE_PROGRESS =
            Pattern.compile("\r *\\d{1,3}% [0-9.]+ (B|KiB) of [0-9.]+ (B|KiB), [0-9.]+ (B|KiB)/s, \\d+ s left");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final AtomicLong seconds = new AtomicLong();

    /** A terminal whose clock moves one second at each reading. */
    private Terminal terminal(byte[] standardInput, boolean errIsTerminal) {
        return new Terminal(
                new ByteArrayInputStream(standardInput),
                errIsTerminal,
                () -> seconds.incrementAndGet() * 1_000_000_000L);
    }

    private int run(Terminal terminal, List<String> args) {
        return Motcua.run(args.toArray(String[]::new), terminal, out, err);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** {@code report} of the five sample dossiers in JSON, reading {@code input}. */
    private static List<String> report(String input, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "report",
                "--input",
                input,
                "--units",
                SAMPLES.resolve("units.jsonl").toString(),
                "--procedures",
                SAMPLES.resolve("procedures.jsonl").toString(),
                "--excusals",
                SAMPLES.resolve("excusals.jsonl").toString(),
                "--period",
                "2023",
                "--format",
                "json"));
        args.addAll(List.of(more));
        return args;
    }

    /** {@code score} of the sample's unit facts, reading {@code dossiers}. */
    private static List<String> score(String dossiers, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "score",
                "--scheme",
                "tt01-2018-units-2dp",
                "--dossiers",
                dossiers,
                "--evidence",
                SAMPLES.resolve("unit-facts.jsonl").toString(),
                "--units",
                SAMPLES.resolve("units.jsonl").toString(),
                "--procedures",
                SAMPLES.resolve("procedures.jsonl").toString(),
                "--period",
                "2023"));
        args.addAll(List.of(more));
        return args;
    }

    private static byte[] sample(String name) throws IOException {
        return Files.readAllBytes(SAMPLES.resolve(name));
    }

    @Test
    void reportReadsStandardInputInTheFormatGivenAsItReadsTheFile() throws IOException {
        assertThat(run(
                        terminal(new byte[0], false),
                        report(SAMPLES.resolve("dossiers.jsonl").toString())))
                .isZero();
        String fromFile = out.toString(StandardCharsets.UTF_8);
        out.reset();
        err.reset();

        int exit = run(terminal(sample("dossiers.jsonl"), false), report("-", "--input-format", "jsonl"));

        assertThat(exit).as(stderr()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(fromFile);
        assertThat(stderr()).isEqualTo("standard input: 5 records read: 5 accepted, 0 rejected\n");
    }

    @Test
    void reportOfStandardInputWritesItsVerdictsAndRejectionsAsOfAFile(@TempDir Path directory) throws IOException {
        String csv = new String(sample("dossiers.csv"), StandardCharsets.UTF_8) + "bad,record\n";
        Path verdicts = directory.resolve("verdicts.csv");

        int exit = run(
                terminal(csv.getBytes(StandardCharsets.UTF_8), false),
                report("-", "--input-format", "csv", "--verdicts", verdicts.toString()));

        assertThat(exit).isEqualTo(ExitCode.REJECTED);
        assertThat(stderr())
                .contains("record 6 (line 7)")
                .contains("standard input: 6 records read: 5 accepted, 1 rejected");
        assertThat(Files.readAllLines(verdicts)).hasSize(6);
    }

    @Test
    void scoreReadsItsDossiersFromStandardInputAsFromTheFile() throws IOException {
        assertThat(run(
                        terminal(new byte[0], false),
                        score(SAMPLES.resolve("dossiers.csv").toString())))
                .isZero();
        String fromFile = out.toString(StandardCharsets.UTF_8);
        out.reset();
        err.reset();

        int exit = run(terminal(sample("dossiers.csv"), false), score("-", "--input-format", "csv"));

        assertThat(exit).as(stderr()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(fromFile);
        assertThat(stderr()).startsWith("standard input: 5 records read: 5 accepted, 0 rejected\n");
    }

    @Test
    void standardInputWithoutItsFormatIsAUsageError() throws IOException {
        int report = run(terminal(sample("dossiers.csv"), false), report("-"));
        String reportError = stderr();
        err.reset();
        int score = run(terminal(sample("dossiers.csv"), false), score("-"));

        assertThat(report).isEqualTo(ExitCode.ERROR);
        assertThat(reportError)
                .startsWith("--input - reads standard input, whose format no file name says: add --input-format csv"
                        + " or --input-format jsonl\n")
                .contains("Usage: motcua report");
        assertThat(score).isEqualTo(ExitCode.ERROR);
        assertThat(stderr()).startsWith("--dossiers - reads standard input, whose format no file name says");
    }

    @Test
    void theInputFormatOverridesTheFileNamesExtension(@TempDir Path directory) throws IOException {
        Path export = Files.copy(SAMPLES.resolve("dossiers.csv"), directory.resolve("export.txt"));

        int without = run(terminal(new byte[0], false), report(export.toString()));
        String refused = stderr();
        err.reset();
        int with = run(terminal(new byte[0], false), report(export.toString(), "--input-format", "csv"));

        assertThat(without).isEqualTo(ExitCode.ERROR);
        assertThat(refused).contains("name it .csv, or .jsonl for JSON Lines; or add --input-format csv");
        assertThat(with).as(stderr()).isZero();
        assertThat(stderr()).isEqualTo("export.txt: 5 records read: 5 accepted, 0 rejected\n");
    }

    @Test
    void onlyTheDossiersAreReadFromStandardInputAndNoOutputIsStandardOutput() throws IOException {
        List<String> units = report(SAMPLES.resolve("dossiers.csv").toString());
        units.set(units.indexOf("--units") + 1, "-");

        int masterFile = run(terminal(sample("units.jsonl"), false), units);
        String masterError = stderr();
        err.reset();
        int verdicts = run(
                terminal(new byte[0], false),
                report(SAMPLES.resolve("dossiers.csv").toString(), "--verdicts", "-"));

        assertThat(masterFile).isEqualTo(ExitCode.ERROR);
        assertThat(masterError)
                .startsWith("motcua report: --units -: only the dossiers (report --input, score --dossiers) are read"
                        + " from standard input; name a file (./- for a file named -)\n");
        assertThat(verdicts).isEqualTo(ExitCode.ERROR);
        assertThat(stderr())
                .startsWith("motcua report: --verdicts -: this output is written to a file, not to standard output");
    }

    @Test
    void theParallelReadOfAFileDrawsItsProgressOnATerminalAndErasesItBeforeTheSummary() {
        int exit = run(
                terminal(new byte[0], true),
                report(SAMPLES.resolve("dossiers.csv").toString()));

        assertThat(exit).as(stderr()).isZero();
        String stderr = stderr();
        assertThat(FILE_PROGRESS.matcher(stderr).find()).as(stderr).isTrue();
        assertThat(stderr).contains("\r100% ");
        assertThat(erased(stderr)).isEqualTo("dossiers.csv: 5 records read: 5 accepted, 0 rejected\n");
    }

    @Test
    void theProgressOfStandardInputCountsItsBytesAndRateWithoutAPercentage() throws IOException {
        byte[] dossiers = sample("dossiers.jsonl");

        int exit = run(terminal(dossiers, true), report("-", "--input-format", "jsonl"));

        assertThat(exit).as(stderr()).isZero();
        assertThat(stderr())
                .contains("\r" + Progress.bytes(dossiers.length) + ", ")
                .doesNotContain("%")
                .doesNotContain(" left");
        assertThat(erased(stderr())).isEqualTo("standard input: 5 records read: 5 accepted, 0 rejected\n");
    }

    @Test
    void generatingDrawsTheDossiersWrittenOfTheirNumberWithRateAndTimeLeft(@TempDir Path directory) {
        int exit = run(
                terminal(new byte[0], true),
                List.of(
                        "generate",
                        "--dossiers",
                        "3000",
                        "--output",
                        directory.resolve("d.csv").toString()));

        assertThat(exit).as(stderr()).isZero();
        // The clock reads 1 s when the progress starts, 2 s after 1,000 dossiers, 3 s after 2,000...
        assertThat(stderr())
                .contains("\r 33% 1,000 of 3,000 dossiers, 1,000 dossiers/s, 2 s left")
                .contains("\r 66% 2,000 of 3,000 dossiers, 1,000 dossiers/s, 1 s left");
        assertThat(erased(stderr())).isEqualTo("d.csv: 3000 dossiers written (" + sampleLabel() + ")\n");
    }

    @Test
    void nothingIsDrawnWithQuietOrWhenStandardErrorIsNotATerminal(@TempDir Path directory) throws IOException {
        List<List<String>> runs = List.of(
                report(SAMPLES.resolve("dossiers.csv").toString()),
                report("-", "--input-format", "csv"),
                score("-", "--input-format", "csv"),
                List.of(
                        "generate",
                        "--dossiers",
                        "3000",
                        "--output",
                        directory.resolve("a.csv").toString()));
        for (List<String> args : runs) {
            for (boolean errIsTerminal : new boolean[] {false, true}) {
                List<String> all = new ArrayList<>(args);
                if (errIsTerminal) {
                    all.add("--quiet");
                }
                if (args.get(0).equals("generate")) {
                    all.add("--force");
                }
                err.reset();

                int exit = run(terminal(sample("dossiers.csv"), errIsTerminal), all);

                assertThat(exit).as(all + ": " + stderr()).isZero();
                assertThat(stderr()).as(all.toString()).doesNotContain("\r");
            }
        }
    }

    /** Standard error with the progress line's drawings and erasures taken out. */
    private static String erased(String stderr) {
        return stderr.replaceAll("\r[^\n]*\r", "");
    }

    private static String sampleLabel() {
        return io.github.motcua.sample.SyntheticDossiers.LABEL;
    }
}
