package io.github.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code motcua score} refuses a period outside the scheme's effective dates unless forced. */
class ScoreSchemeDatesTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Scores QĐ 766's index for 2022 with files that do not exist, so that only the check can pass. */
    private int score2022(String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "score",
                "--scheme",
                "qd766-2025",
                "--period",
                "2022",
                "--dossiers",
                "absent.csv",
                "--evidence",
                "absent.jsonl",
                "--units",
                "absent-units.jsonl",
                "--procedures",
                "absent-procedures.jsonl"));
        args.addAll(List.of(extra));
        return Motcua.run(args.toArray(new String[0]), new ByteArrayOutputStream(), err);
    }

    @Test
    void aPeriodBeforeTheSchemeIsRefusedNamingBoth() {
        assertThat(score2022()).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("scheme 'qd766-2025' is in force from 2022-06-23")
                .contains("the period's window 2021-12-15 to 2022-12-14 reaches outside it");
    }

    @Test
    void forcedTheCheckIsSkippedAndTheFilesAreRead() {
        score2022("--force");

        assertThat(err.toString(StandardCharsets.UTF_8))
                .doesNotContain("reaches outside it")
                .contains("absent-units.jsonl");
    }
}
