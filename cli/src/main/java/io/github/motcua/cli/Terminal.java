package io.github.motcua.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What a run of the command line reads and how it shows progress: its standard input, whether its
 * standard error is a terminal (where a progress line may be drawn), and the clock that times the
 * rates. Tests give their own.
 *
 * @param in standard input, read by {@code --input -} and {@code --dossiers -}; never closed
 * @param errIsTerminal whether standard error is a terminal
 * @param nanoTime the clock of the progress line, in nanoseconds from any origin
 */
record Terminal(InputStream in, boolean errIsTerminal, LongSupplier nanoTime) {
    /** The process's own: {@link System#in}, standard error checked, {@link System#nanoTime}. */
    static Terminal system() {
        return new Terminal(System.in, standardErrorIsATerminal(), System::nanoTime);
    }

    /** A run whose error stream is not the process's: standard input, and never a progress line. */
    static Terminal withoutProgress() {
        return new Terminal(System.in, false, System::nanoTime);
    }

    /** The terminal of the run a command belongs to. */
    static Terminal of(CommandSpec spec) {
        return spec.root().userObject() instanceof Motcua motcua ? motcua.terminal() : withoutProgress();
    }

    /**
     * Whether the process's standard error is a terminal: on Linux, whether file descriptor 2 is a
     * terminal device, so that a redirected standard output or input does not hide the progress;
     * elsewhere, whether the process has a console (standard input and output are terminals).
     */
    private static boolean standardErrorIsATerminal() {
        Path standardError = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(standardError)) {
                String device = Files.readSymbolicLink(standardError).toString();
                return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
            }
        } catch (IOException | SecurityException | UnsupportedOperationException unknown) {
            // not Linux, or not allowed to look: ask for a console
        }
        return System.console() != null;
    }
}
