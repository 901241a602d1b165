package io.github.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.motcua.calendar.VietnamCalendars;
import io.github.motcua.deadline.DeadlineRules;
import io.github.motcua.io.DossierFormat;
import io.github.motcua.io.DossierReader;
import io.github.motcua.io.JsonLinesReader;
import io.github.motcua.io.ProcedureVersion;
import io.github.motcua.io.json.MotcuaJson;
import io.github.motcua.period.ReportingPeriod;
import io.github.motcua.tally.Counted;
import io.github.motcua.tally.Tally;
import io.github.motcua.timeliness.TimelinessClassifier;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code motcua report} on users' files: the independent path to the golden figures, rejections, scale. */
class ReportCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Motcua.run(args, out, err);
    }

    private static String[] masters(Path directory) {
        return new String[] {
            "--units", directory.resolve("units.jsonl").toString(),
            "--procedures", directory.resolve("procedures.jsonl").toString(),
            "--excusals", directory.resolve("excusals.jsonl").toString()
        };
    }

    /** The arguments of {@code report}, followed by the master files in the directory. */
    private static String[] report(Path directory, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("report"));
        all.addAll(List.of(args));
        all.addAll(List.of(masters(directory)));
        return all.toArray(new String[0]);
    }

    @Test
    void theExportedSampleGivesTheGoldenProcessingFigures(@TempDir Path directory) throws IOException {
        Path dossiers = directory.resolve("thuan-chau-2023.csv");
        assertThat(run("demo", "--export-dossiers", dossiers.toString())).isZero();
        out.reset();

        int exit = run(report(
                directory,
                "--input",
                dossiers.toString(),
                "--period",
                "2023",
                "--group-by",
                "level",
                "--format",
                "json"));

        assertThat(exit).isZero();
        JsonNode report = MotcuaJson.mapper().readTree(out.toString(StandardCharsets.UTF_8));
        JsonNode golden = Golden.figures().get("processing");
        for (String[] level : new String[][] {{"district", "DISTRICT"}, {"commune", "COMMUNE"}}) {
            JsonNode row = null;
            for (JsonNode candidate : report.get("rows")) {
                if (candidate.get("key").asText().equals(level[1])) {
                    row = candidate;
                }
            }
            assertThat(row).as(level[1]).isNotNull();
            JsonNode expected = golden.get(level[0]);
            for (String count : List.of(
                    "received", "resolved", "early", "onTime", "late", "lateExcused", "lateAdjusted", "pending")) {
                assertThat(row.get(count).asLong())
                        .as(level[0] + "." + count)
                        .isEqualTo(expected.get(count).asLong());
            }
            assertThat(row.get("onTimePercentOfficial").decimalValue().toPlainString())
                    .isEqualTo(expected.get("onTimeRatePercentOfficial").asText());
            assertThat(row.get("onTimePercentAdjusted").decimalValue().toPlainString())
                    .isEqualTo(expected.get("onTimeRatePercentAdjusted").asText());
        }
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("thuan-chau-2023.csv: 13250 records read: 13250 accepted, 0 rejected");
    }

    @Test
    void badRecordsExitWithTwoPrintEachRejectionAndReconcile(@TempDir Path directory) throws IOException {
        Path dossiers = directory.resolve("dossiers.csv");
        assertThat(run("generate", "--dossiers", "20", "--seed", "5", "--output", dossiers.toString()))
                .isZero();
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(dossiers));
        lines.set(3, lines.get(3).replaceFirst(",(DIRECT|ONLINE|POSTAL),", ",FAX,"));
        lines.add(lines.get(5));
        Files.write(dossiers, lines);
        err.reset();

        int exit = run(report(directory, "--input", dossiers.toString(), "--period", "2023"));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("record 3 (line 4), column channel, value 'FAX': one of [DIRECT, ONLINE, POSTAL]")
                .contains("record 21 (line 22), column id")
                .contains("dossiers.csv: 21 records read: 19 accepted, 2 rejected");
    }

    @Test
    void verdictsAndRejectsGoToTheirFiles(@TempDir Path directory) throws IOException {
        Path dossiers = directory.resolve("dossiers.csv");
        assertThat(run("generate", "--dossiers", "30", "--seed", "9", "--output", dossiers.toString()))
                .isZero();
        Files.writeString(dossiers, "broken,1\n", java.nio.file.StandardOpenOption.APPEND);
        Path verdicts = directory.resolve("verdicts.csv");
        Path rejects = directory.resolve("rejects.txt");
        err.reset();

        int exit = run(report(
                directory,
                "--input",
                dossiers.toString(),
                "--period",
                "2023",
                "--format",
                "csv",
                "--lang",
                "en",
                "--verdicts",
                verdicts.toString(),
                "--rejects",
                rejects.toString()));

        assertThat(exit).isEqualTo(2);
        List<String> verdictLines = Files.readAllLines(verdicts);
        assertThat(verdictLines.get(0)).startsWith("dossier_id,report_date,class,adjusted_class,due_date");
        assertThat(verdictLines.size()).isBetween(2, 31);
        assertThat(Files.readAllLines(rejects)).singleElement().asString().startsWith("record 31 (line 32)");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("31 records read: 30 accepted, 1 rejected");
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("Row,\"(3) Received\"")
                .contains("\nTotal,");
    }

    @Test
    void theExcelDialectWritesTheReportAndTheVerdictsForSpreadsheets(@TempDir Path directory) throws IOException {
        Path dossiers = directory.resolve("dossiers.csv");
        assertThat(run("generate", "--dossiers", "200", "--seed", "3", "--output", dossiers.toString()))
                .isZero();
        Map<String, byte[]> report = new java.util.HashMap<>();
        Map<String, byte[]> verdicts = new java.util.HashMap<>();
        for (String dialect : List.of("plain", "excel")) {
            Path verdictFile = directory.resolve(dialect + "-verdicts.csv");
            report.put(
                    dialect,
                    report2023(
                                    directory,
                                    dossiers,
                                    "--format",
                                    "csv",
                                    "--csv-dialect",
                                    dialect,
                                    "--verdicts",
                                    verdictFile.toString())
                            .getBytes(StandardCharsets.UTF_8));
            verdicts.put(dialect, Files.readAllBytes(verdictFile));
        }

        String plain = new String(report.get("plain"), StandardCharsets.UTF_8);
        String excel = withoutByteOrderMark(report.get("excel"));
        assertThat(plain).startsWith("Row,\"(3) Received\",");
        assertThat(excel).startsWith("Row;(3) Received;");
        String plainTotal = plain.lines().reduce((first, second) -> second).orElseThrow();
        String excelTotal = excel.lines().reduce((first, second) -> second).orElseThrow();
        assertThat(plainTotal).matches("Total,[0-9,]+,[0-9]+\\.[0-9]{2},[0-9]+\\.[0-9]{2}");
        assertThat(excelTotal)
                .as("the same figures, with semicolons and decimal commas")
                .isEqualTo(plainTotal.replace(',', ';').replace('.', ','));
        assertThat(new String(verdicts.get("plain"), StandardCharsets.UTF_8)).startsWith("dossier_id,report_date,");
        assertThat(withoutByteOrderMark(verdicts.get("excel"))).startsWith("dossier_id;report_date;");
        assertThat(withoutByteOrderMark(verdicts.get("excel")).lines())
                .hasSameSizeAs(new String(verdicts.get("plain"), StandardCharsets.UTF_8)
                        .lines()
                        .toList());
    }

    /** The text after the UTF-8 byte-order mark, which must be there. */
    private static String withoutByteOrderMark(byte[] bytes) {
        assertThat(java.util.Arrays.copyOf(bytes, 3)).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    @Test
    void theRuleOptionsChangeTheVerdictsAndTheNotesCountTheFindings(@TempDir Path directory) throws IOException {
        Path dossiers = directory.resolve("dossiers.csv");
        assertThat(run("generate", "--dossiers", "3000", "--output", dossiers.toString()))
                .isZero();

        String byProcedure = report2023(directory, dossiers, "--format", "csv", "--compare", "procedure");
        String byDate = report2023(directory, dossiers, "--format", "csv", "--compare", "date");
        String moved = report2023(directory, dossiers, "--format", "csv", "--late-requests", "move");
        String text = report2023(directory, dossiers);

        assertThat(byProcedure)
                .as("working-hour and same-day dossiers ending after their due hour are late by instant only")
                .isNotEqualTo(byDate);
        assertThat(moved).as("late supplement requests that move the clock").isNotEqualTo(byProcedure);
        assertThat(text)
                .contains("Findings on the records: ")
                .contains(" with a supplement request sent after the due date");
    }

    /** The output of {@code report} for 2023 in English, with more arguments. */
    private String report2023(Path directory, Path dossiers, String... extra) {
        List<String> args =
                new java.util.ArrayList<>(List.of("--input", dossiers.toString(), "--period", "2023", "--lang", "en"));
        args.addAll(List.of(extra));
        out.reset();
        assertThat(run(report(directory, args.toArray(new String[0])))).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void rowsByChannelAreNamedInTheReportsLanguage(@TempDir Path directory) throws IOException {
        Path dossiers = directory.resolve("dossiers.csv");
        assertThat(run("generate", "--dossiers", "50", "--output", dossiers.toString()))
                .isZero();
        Map<String, String> csv = new java.util.HashMap<>();
        for (String language : List.of("vi", "en")) {
            out.reset();
            assertThat(run(report(
                            directory,
                            "--input",
                            dossiers.toString(),
                            "--period",
                            "2023",
                            "--group-by",
                            "channel",
                            "--format",
                            "csv",
                            "--lang",
                            language)))
                    .isZero();
            csv.put(language, out.toString(StandardCharsets.UTF_8));
        }

        assertThat(csv.get("vi")).contains("\n\"Trực tuyến\",").contains("\n\"Tổng cộng\",");
        assertThat(csv.get("en")).contains("\nOnline,").contains("\nTotal,");
    }

    @Test
    void aReportDateBeforeThePeriodStopsWithAnErrorInsteadOfRejectingEveryRecord(@TempDir Path directory)
            throws IOException {
        Path dossiers = directory.resolve("dossiers.csv");
        assertThat(run("generate", "--dossiers", "5", "--output", dossiers.toString()))
                .isZero();
        err.reset();

        int exit =
                run(report(directory, "--input", dossiers.toString(), "--period", "2023-Q2", "--as-of", "2023-01-01"));

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("--as-of 2023-01-01 is before the first day")
                .doesNotContain("records read");
    }

    @Test
    void strictModeStopsAtTheFirstRejection(@TempDir Path directory) throws IOException {
        Path dossiers = directory.resolve("dossiers.jsonl");
        assertThat(run("generate", "--dossiers", "5", "--output", dossiers.toString()))
                .isZero();
        Files.writeString(dossiers, "{\"id\":\"broken\"}\n", java.nio.file.StandardOpenOption.APPEND);

        int exit = run(report(directory, "--input", dossiers.toString(), "--period", "2023", "--strict"));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("stopped at the first rejected record (--strict)");
    }

    @Test
    void aMillionDossiersReportInA256MegabyteHeapAndMatchTheLibrary(@TempDir Path directory) throws Exception {
        Path dossiers = directory.resolve("million.csv");
        assertThat(run("generate", "--dossiers", "1000000", "--seed", "11", "--output", dossiers.toString()))
                .isZero();

        String output = Utf8OutputTest.runInCLocale(
                report(directory, "--input", dossiers.toString(), "--period", "2023", "--format", "json", "--quiet"));

        JsonNode total = MotcuaJson.mapper()
                .readTree(output.substring(output.indexOf('{'), output.lastIndexOf('}') + 1))
                .get("total");
        Tally expected = libraryTally(directory, dossiers);
        assertThat(total.get("received").asLong()).isEqualTo(expected.received());
        assertThat(total.get("early").asLong()).isEqualTo(expected.early());
        assertThat(total.get("onTime").asLong()).isEqualTo(expected.onTime());
        assertThat(total.get("late").asLong()).isEqualTo(expected.late());
        assertThat(total.get("pending").asLong()).isEqualTo(expected.pending());
        assertThat(expected.received()).isPositive();
    }

    /** The same figures through the library's API, on the same file. */
    private static Tally libraryTally(Path directory, Path dossiers) throws IOException {
        var versions = JsonLinesReader.procedures().readAll(directory.resolve("procedures.jsonl"));
        TimelinessClassifier classifier = TimelinessClassifier.builder()
                .deadlineRules(DeadlineRules.builder()
                        .calendar(VietnamCalendars.official())
                        .catalogue(ProcedureVersion.catalogue(versions))
                        .build())
                .excusals(JsonLinesReader.excusals().readAll(directory.resolve("excusals.jsonl")))
                .build();
        ReportingPeriod year = ReportingPeriod.year(2023);
        AtomicReference<Tally> tally = new AtomicReference<>(Tally.empty());
        try (InputStream in = Files.newInputStream(dossiers)) {
            DossierReader.builder(DossierFormat.CSV)
                    .build()
                    .read(
                            in,
                            dossier -> Counted.inPeriod(dossier, year, classifier)
                                    .ifPresent(counted -> tally.set(tally.get().merge(Tally.of(counted)))),
                            rejection -> {});
        }
        return tally.get();
    }
}
