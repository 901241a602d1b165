package io.github.motcua.cli;

/** The exit codes of the {@code motcua} command line. */
final class ExitCode {
    /** Success. */
    static final int OK = 0;
    /** A usage error, or an error reading or writing a file. */
    static final int ERROR = 1;
    /** Some input records were rejected. */
    static final int REJECTED = 2;

    private ExitCode() {}
}
