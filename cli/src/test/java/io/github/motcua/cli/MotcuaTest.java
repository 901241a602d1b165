package io.github.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MotcuaTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Motcua.run(args, out, err);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void versionPrintsTheBuildsVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out()).isEqualTo("motcua " + VersionProvider.version() + System.lineSeparator());
        assertThat(VersionProvider.version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void helpDescribesTheToolInVietnameseAndEnglishAndListsTheExitCodes() {
        assertThat(run("--help")).isZero();
        assertThat(out())
                .contains("theo cơ chế một cửa")
                .contains("under the one-stop mechanism")
                .contains("2   some input records were rejected");
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitCodeOne() {
        assertThat(run("--frobnicate")).isEqualTo(1);
        assertThat(err()).contains("Unknown option: '--frobnicate'").contains("Usage: motcua");
        assertThat(out()).isEmpty();
    }

    @Test
    void noSubcommandIsAUsageErrorWithExitCodeOne() {
        assertThat(run()).isEqualTo(1);
        assertThat(err()).contains("Missing required subcommand");
    }
}
