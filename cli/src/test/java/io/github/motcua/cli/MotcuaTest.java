package io.github.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

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
        assertThat(out()).isEqualTo("motcua " + io.github.motcua.cli.job.Version.text() + System.lineSeparator());
        assertThat(io.github.motcua.cli.job.Version.text()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
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

    @Test
    void theArgumentsNameTheOneSubcommandBuiltAtEachLevelAndItIsTheSameAsInTheWholeTree() {
        CommandLine whole = Motcua.commandLine(Terminal.withoutProgress(), new String[0]);
        assertThat(whole.getSubcommands())
                .containsOnlyKeys("demo", "report", "score", "schemes", "generate", "calendar", "check", "serve");
        for (Map.Entry<String, CommandLine> subcommand : whole.getSubcommands().entrySet()) {
            CommandLine alone =
                    Motcua.commandLine(Terminal.withoutProgress(), new String[] {subcommand.getKey(), "--help"});
            assertThat(alone.getSubcommands()).containsOnlyKeys(subcommand.getKey());
            assertSameUsage(alone.getSubcommands().get(subcommand.getKey()), subcommand.getValue());
        }
        CommandLine calendar = whole.getSubcommands().get("calendar");
        for (Map.Entry<String, CommandLine> subcommand :
                calendar.getSubcommands().entrySet()) {
            CommandLine alone = Motcua.commandLine(
                            Terminal.withoutProgress(), new String[] {"calendar", subcommand.getKey(), "--help"})
                    .getSubcommands()
                    .get("calendar");
            assertThat(alone.getSubcommands()).containsOnlyKeys(subcommand.getKey());
            assertSameUsage(alone.getSubcommands().get(subcommand.getKey()), subcommand.getValue());
        }
        assertThat(calendar.getSubcommands().keySet())
                .containsExactly("add", "between", "export", "holidays", "is-working", "lunar", "solar");
        assertThat(Motcua.commandLine(Terminal.withoutProgress(), new String[] {"--debug", "calendar"})
                        .getSubcommands())
                .hasSize(whole.getSubcommands().size());
    }

    private static void assertSameUsage(CommandLine actual, CommandLine expected) {
        assertThat(actual.getUsageMessage()).isEqualTo(expected.getUsageMessage());
        assertThat(actual.getSubcommands())
                .containsOnlyKeys(expected.getSubcommands().keySet());
        expected.getSubcommands()
                .forEach((name, subcommand) ->
                        assertSameUsage(actual.getSubcommands().get(name), subcommand));
    }

    @Test
    void theHelpListsEverySubcommandInOrder() {
        assertThat(run("--help")).isZero();
        assertThat(out().lines().filter(line -> line.matches("  [a-z]+ +\\S.*")))
                .extracting(line -> line.trim().split(" ")[0])
                .containsExactly("demo", "report", "score", "schemes", "generate", "calendar", "check", "serve");
    }
}
