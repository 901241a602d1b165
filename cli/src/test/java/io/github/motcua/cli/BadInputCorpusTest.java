package io.github.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.motcua.io.json.MotcuaJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus (issue 19): each directory under {@code src/test/resources/bad-input} is one
 * kind of bad input an office or a vendor produces, with the files it needs and a {@code
 * case.properties} that says what {@code motcua} must do with it.
 *
 * <p>{@code case.properties} holds {@code description} (one line), {@code args} (the command line,
 * split at white space, where {@code ${case}} is the directory of the case's files and {@code
 * ${samples}} is {@code docs/samples}), {@code exit} (the exit code), {@code message} (a fragment of
 * standard error or of the rejects file), and, for a read that ran to its end, {@code read}, {@code
 * accepted} and {@code rejected} (the read summary, docs/formats.md), {@code rejects} (the name
 * of the {@code --rejects} file, when the arguments give one), and {@code stdin} (the name of the
 * case's file given as standard input, for {@code --input -}; none otherwise).
 *
 * <p>Every case runs in-process on a copy of its files in a temporary directory, and in every case:
 * the exit code is never an internal error; standard error holds no stack trace, Java class or
 * parser term, and no raw escape or NUL character; no input file changes; a run that ends in error
 * leaves no file behind; and a read summary reconciles (accepted + rejected = read), with one line
 * per rejection on standard error or in the rejects file.
 */
class BadInputCorpusTest {
    private static final Path CORPUS = Path.of("src", "test", "resources", "bad-input");
    private static final Path SAMPLES = Path.of("..", "docs", "samples");
    private static final String CASE_FILE = "case.properties";

    /** The read summary line, docs/formats.md: {@code FILE: N records read: A accepted, R rejected}. */
    private static final Pattern SUMMARY =
            Pattern.compile("^(.+): (\\d+) records read: (\\d+) accepted, (\\d+) rejected$", Pattern.MULTILINE);

    /** The start of a rejection line, docs/formats.md: {@code record 4 (line 5)…}. */
    private static final Pattern REJECTION = Pattern.compile("^record \\d+ \\(line \\d+\\)");

    /** What a user must never see: a stack trace, a Java or Jackson name, a parser's word, a raw control. */
    private static final List<String> FORBIDDEN = List.of(
            "\tat ",
            "Exception",
            "com.fasterxml",
            "jackson",
            "Jackson",
            "Immutable",
            "[Source:",
            "java.",
            "io.github.motcua",
            "StreamReadConstraints",
            "token",
            "(code ",
            "end-of-input",
            "\u001B",
            "\u0000");

    static Stream<Named<Path>> cases() throws IOException {
        try (Stream<Path> entries = Files.list(CORPUS)) {
            return entries
                    .filter(Files::isDirectory)
                    .sorted()
                    .map(directory -> Named.of(directory.getFileName().toString(), directory))
                    .toList()
                    .stream();
        }
    }

    @Test
    void theCorpusHoldsManyKindsOfBadInputEachDescribed() throws IOException {
        List<Named<Path>> all = cases().toList();

        assertThat(all).hasSizeGreaterThanOrEqualTo(40);
        for (Named<Path> each : all) {
            Properties expected = load(each.getPayload());
            assertThat(expected.stringPropertyNames())
                    .as(each.getName())
                    .contains("description", "args", "exit", "message");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachBadInputGivesItsExitCodeCountsAndMessageAndNothingWorse(Path source, @TempDir Path temporary)
            throws IOException {
        Properties expected = load(source);
        Path files = temporary.resolve(source.getFileName().toString());
        copyInputs(source, files);
        Map<Path, byte[]> inputs = contents(files);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        @Nullable String stdin = expected.getProperty("stdin");
        int exit;
        try (InputStream in =
                stdin == null ? InputStream.nullInputStream() : Files.newInputStream(files.resolve(stdin))) {
            exit = Motcua.run(
                    arguments(expected.getProperty("args"), files),
                    new Terminal(in, false, System::nanoTime),
                    out,
                    err);
        }

        String stderr = err.toString(StandardCharsets.UTF_8);
        @Nullable String rejectsName = expected.getProperty("rejects");
        List<String> rejects = rejectsName == null
                ? List.of()
                : Files.readAllLines(files.resolve(rejectsName), StandardCharsets.UTF_8);
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(exit).as("exit code; standard error:%n%s", stderr).isNotEqualTo(ExitCode.INTERNAL);
        softly.assertThat(exit)
                .as("exit code; standard error:%n%s", stderr)
                .isEqualTo(Integer.parseInt(expected.getProperty("exit")));
        checkText(softly, expected, shown(stderr, rejects, files));
        checkFiles(softly, inputs, contents(files), exit);
        checkCounts(softly, expected, stderr, rejectsName, rejects);
        try {
            softly.assertAll();
        } catch (AssertionError failure) {
            throw new AssertionError(source.getFileName() + ": " + expected.getProperty("description"), failure);
        }
    }

    /**
     * Standard error and the rejects file as one text, the paths of the case's files and of the
     * samples written as placeholders: they are the user's own words, not the tool's.
     */
    private static String shown(String stderr, List<String> rejects, Path files) {
        return (stderr + "\n" + String.join("\n", rejects))
                .replace(files.toString(), "${case}")
                .replace(samples(), "${samples}");
    }

    /** The case's message is shown, and nothing a user must never see. */
    private static void checkText(SoftAssertions softly, Properties expected, String shown) {
        softly.assertThat(shown).as("standard error and rejects").contains(expected.getProperty("message"));
        for (String forbidden : FORBIDDEN) {
            softly.assertThat(shown).as("standard error and rejects").doesNotContain(forbidden);
        }
    }

    /** No input changes, an error leaves no new file, and no temporary output is left behind. */
    private static void checkFiles(SoftAssertions softly, Map<Path, byte[]> before, Map<Path, byte[]> after, int exit) {
        before.forEach((file, bytes) -> softly.assertThat(after.get(file))
                .as("input %s unchanged", file)
                .isEqualTo(bytes));
        if (exit == ExitCode.ERROR || exit == ExitCode.INPUT_OUTPUT) {
            softly.assertThat(after.keySet()).as("files after an error").isEqualTo(before.keySet());
        }
        softly.assertThat(after.keySet())
                .as("temporary outputs left behind")
                .noneMatch(file -> file.getFileName().toString().endsWith(".part"));
    }

    /** The read summary: present with the expected counts, reconciled, one line per rejection; or absent. */
    private static void checkCounts(
            SoftAssertions softly,
            Properties expected,
            String stderr,
            @Nullable String rejectsName,
            List<String> rejects) {
        List<long[]> summaries = new ArrayList<>();
        Matcher matcher = SUMMARY.matcher(stderr);
        while (matcher.find()) {
            summaries.add(new long[] {
                Long.parseLong(matcher.group(2)), Long.parseLong(matcher.group(3)), Long.parseLong(matcher.group(4))
            });
        }
        if (expected.getProperty("read") == null) {
            softly.assertThat(summaries)
                    .as("read summary of a read that did not end")
                    .isEmpty();
            return;
        }
        softly.assertThat(summaries).as("read summary lines in:%n%s", stderr).hasSize(1);
        if (summaries.size() != 1) {
            return;
        }
        long[] summary = summaries.get(0);
        long rejected = Long.parseLong(expected.getProperty("rejected"));
        softly.assertThat(summary)
                .as("read, accepted, rejected")
                .containsExactly(
                        Long.parseLong(expected.getProperty("read")),
                        Long.parseLong(expected.getProperty("accepted")),
                        rejected);
        softly.assertThat(summary[1] + summary[2]).as("accepted + rejected").isEqualTo(summary[0]);
        List<String> rejectionLines = rejectsName == null
                ? stderr.lines().filter(line -> REJECTION.matcher(line).find()).toList()
                : rejects;
        softly.assertThat(rejectionLines).as("one line per rejection").hasSize((int) rejected);
        if (rejectsName == null) {
            return;
        }
        for (String line : rejects) {
            if (rejectsName.endsWith(".jsonl")) {
                softly.assertThat(fieldNames(line))
                        .as(line)
                        .containsExactly("column", "line", "reason", "record", "value");
            } else {
                softly.assertThat(line).as("a rejection line").containsPattern(REJECTION);
            }
        }
    }

    private static List<String> fieldNames(String jsonLine) {
        try {
            JsonNode node = MotcuaJson.mapper().readTree(jsonLine);
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            return names.stream().sorted().toList();
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
    }

    private static Properties load(Path caseDirectory) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(caseDirectory.resolve(CASE_FILE), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    /** The command line of a case, its placeholders replaced. */
    private static String[] arguments(String args, Path files) {
        return args.strip()
                .replace("${case}", files.toString())
                .replace("${samples}", samples())
                .split("\\s+");
    }

    private static String samples() {
        return SAMPLES.toAbsolutePath().normalize().toString();
    }

    /** Copies the case's files, all but its {@code case.properties}, keeping their directories. */
    private static void copyInputs(Path source, Path target) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.toList()) {
                Path copy = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else if (!path.getFileName().toString().equals(CASE_FILE)) {
                    Files.copy(path, copy);
                }
            }
        }
    }

    /** Every regular file under a directory, with its bytes. */
    private static Map<Path, byte[]> contents(Path directory) throws IOException {
        Map<Path, byte[]> contents = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                contents.put(directory.relativize(path), Files.readAllBytes(path));
            }
        }
        return contents;
    }
}
