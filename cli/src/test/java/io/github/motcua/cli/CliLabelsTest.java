package io.github.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.Language;
import org.junit.jupiter.api.Test;

/** The command line's labels: the same keys in both languages, Vietnamese read as written. */
class CliLabelsTest {
    @Test
    void theVietnameseAndEnglishBundlesHaveTheSameKeys() {
        assertThat(CliLabels.of(Language.VI).keys())
                .isNotEmpty()
                .isEqualTo(CliLabels.of(Language.EN).keys());
    }

    @Test
    void vietnameseHeadingsKeepTheirDiacritics() {
        assertThat(CliLabels.of(Language.VI).format("demo.results", "2023"))
                .isEqualTo("2. Kết quả giải quyết TTHC năm 2023");
        assertThat(CliLabels.of(Language.EN).get("demo.peoplesCommittee"))
                .isEqualTo("4.2. The district People's Committee: {0}");
    }
}
