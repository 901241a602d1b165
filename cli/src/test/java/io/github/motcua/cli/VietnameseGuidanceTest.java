package io.github.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With Vietnamese text, an error or a rejection is followed by one line in Vietnamese; with English, by none. */
class VietnameseGuidanceTest {
    private static final Path SAMPLES = Path.of("..", "docs", "samples");

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Motcua.run(args, new ByteArrayOutputStream(), err);
    }

    private List<String> errLines() {
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static String[] report(Path input, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "report",
                "--input",
                input.toString(),
                "--procedures",
                SAMPLES.resolve("procedures.jsonl").toString(),
                "--units",
                SAMPLES.resolve("units.jsonl").toString(),
                "--period",
                "2023",
                "--quiet"));
        args.addAll(Arrays.asList(more));
        return args.toArray(String[]::new);
    }

    @Test
    void aMissingFileIsSaidInEnglishThenExplainedInVietnamese(@TempDir Path directory) {
        int code = run(report(directory.resolve("absent.csv")));

        assertThat(code).isEqualTo(ExitCode.INPUT_OUTPUT);
        assertThat(errLines())
                .containsExactly(
                        "motcua report: no such file or directory: " + directory.resolve("absent.csv")
                                + " (given to --input)",
                        "motcua report: không đọc hoặc không ghi được tệp: kiểm tra đường dẫn, quyền truy cập và dung"
                                + " lượng đĩa.");
    }

    @Test
    void englishTextGetsNoVietnameseLine(@TempDir Path directory) {
        int code = run(report(directory.resolve("absent.csv"), "--lang", "en"));

        assertThat(code).isEqualTo(ExitCode.INPUT_OUTPUT);
        assertThat(errLines()).hasSize(1);
    }

    @Test
    void aValueTheRulesRefuseNamesTheCommandsHelp(@TempDir Path directory) throws IOException {
        Path input = Files.copy(SAMPLES.resolve("dossiers.csv"), directory.resolve("dossiers.csv"));

        int code = run(report(input, "--as-of", "2022-01-01"));

        assertThat(code).isEqualTo(ExitCode.ERROR);
        assertThat(errLines().get(errLines().size() - 1))
                .isEqualTo("motcua report: lệnh hoặc giá trị chưa đúng: sửa theo thông báo trên rồi chạy lại (motcua"
                        + " report --help cho biết cách dùng).");
    }

    @Test
    void aUsageErrorBeforeTheLanguageIsReadIsExplainedInTheDefaultVietnamese() {
        int code = run("score", "--no-such-option");

        assertThat(code).isEqualTo(ExitCode.ERROR);
        assertThat(errLines().get(errLines().size() - 1)).startsWith("motcua score: lệnh hoặc giá trị chưa đúng");
    }

    @Test
    void rejectedRecordsAreExplainedAfterTheSummaryLine(@TempDir Path directory) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(SAMPLES.resolve("dossiers.csv")));
        lines.add(lines.get(1)); // the first dossier again: its id is already accepted
        Path input = Files.write(directory.resolve("dossiers.csv"), lines);

        int code = run(report(input));

        assertThat(code).isEqualTo(ExitCode.REJECTED);
        assertThat(errLines().get(errLines().size() - 2)).endsWith("records read: 5 accepted, 1 rejected");
        assertThat(errLines().get(errLines().size() - 1))
                .startsWith("motcua report: có hồ sơ bị từ chối; các hồ sơ còn lại đã được tính.");
    }

    @Test
    void aCommandWithoutLanguageSpeaksEnglishOnly() {
        int code = run("calendar", "is-working", "2023-02-30");

        assertThat(code).isEqualTo(ExitCode.ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("lệnh hoặc giá trị");
    }
}
