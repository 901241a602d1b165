package io.github.motcua.cli;

/** The exit codes of the {@code motcua} command line (docs/formats.md, "Exit codes"). */
final class ExitCode {
    /** Success. */
    static final int OK = 0;
    /** A usage error: an unknown option, a missing argument, or a value the rules refuse. */
    static final int ERROR = 1;
    /** Some input records were rejected; the others were counted. */
    static final int REJECTED = 2;
    /**
     * A file could not be read or written: missing, a directory, not permitted. A file that can be
     * read but whose content is refused as a whole (UTF-16 text, an empty master file) is {@link
     * #ERROR}.
     */
    static final int INPUT_OUTPUT = 3;
    /** An internal error, out of memory included: a one-line message, the details with --debug. */
    static final int INTERNAL = 4;

    private ExitCode() {}
}
