package io.github.motcua.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.cli.Motcua;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** The command line run in the test's JVM, for the answers the service must equal. */
final class Cli {
    private Cli() {}

    /** Runs a command that must succeed (or end with rejections, exit code 2), returning its standard output. */
    static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Motcua.run(args, out, err);
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isIn(0, 2);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Runs a command, returning its standard error. */
    static String errors(int expectedExit, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(Motcua.run(args, out, err)).isEqualTo(expectedExit);
        return err.toString(StandardCharsets.UTF_8);
    }
}
