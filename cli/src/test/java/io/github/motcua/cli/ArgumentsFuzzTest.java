package io.github.motcua.cli;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Fuzz tests of the arguments the command line parses itself: dates, day counts, years and lunar
 * dates of {@code calendar}, and the period, window, report date and grouping of {@code report}
 * (on the five-dossier sample of docs/samples). Whatever the text, the command answers or refuses
 * it as a usage error (exit code 0, 1 or 2, never an internal error), with no stack trace and no
 * Java class name on standard error. In the default build they run in regression mode on the inputs
 * under {@code ArgumentsFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes them.
 */
class ArgumentsFuzzTest {
    private static final Path SAMPLES = Path.of("..", "docs", "samples");
    private static final List<String> CALENDAR = List.of("is-working", "add", "between", "holidays", "lunar", "solar");
    private static final List<String> REPORT_OPTIONS = List.of("--window", "--as-of", "--group-by", "--decimals");

    @FuzzTest(maxDuration = "30s")
    void calendarArgumentsAreAnsweredOrRefused(FuzzedDataProvider data) {
        List<String> args = new ArrayList<>(List.of("calendar", data.pickValue(CALENDAR)));
        if (data.consumeBoolean()) {
            args.add(data.consumeBoolean() ? "--no-culture-day" : "--leap");
        }
        int count = data.consumeInt(0, 3);
        for (int i = 0; i < count; i++) {
            args.add(data.consumeString(24));
        }
        check(args, Set.of(ExitCode.OK, ExitCode.ERROR));
    }

    @FuzzTest(maxDuration = "30s")
    void reportPeriodArgumentsAreAnsweredOrRefused(FuzzedDataProvider data) {
        List<String> args = new ArrayList<>(List.of(
                "report",
                "--quiet",
                "--procedures",
                SAMPLES.resolve("procedures.jsonl").toString(),
                "--units",
                SAMPLES.resolve("units.jsonl").toString(),
                "--input",
                SAMPLES.resolve("dossiers.csv").toString(),
                "--period",
                data.consumeString(24)));
        int count = data.consumeInt(0, 2);
        for (int i = 0; i < count; i++) {
            args.add(data.pickValue(REPORT_OPTIONS));
            args.add(data.consumeString(24));
        }
        check(args, Set.of(ExitCode.OK, ExitCode.ERROR, ExitCode.REJECTED));
    }

    private static void check(List<String> args, Set<Integer> allowed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Motcua.run(args.toArray(String[]::new), out, err);
        String diagnostics = err.toString(StandardCharsets.UTF_8);
        if (!allowed.contains(exit)
                || diagnostics.contains("\tat ")
                || diagnostics.matches(
                        "(?s).*\\b(java|io\\.github\\.motcua)\\.[a-z]+\\.[A-Za-z.]*(Exception|Error)\\b.*")) {
            throw new AssertionError("exit code " + exit + " for " + args + ":\n" + diagnostics);
        }
    }
}
