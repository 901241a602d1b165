package io.github.motcua.cli;

import java.io.PrintWriter;

/**
 * A progress line on standard error for long inputs: the records read, every 100,000, shown only
 * when standard error is a terminal and the command is not quiet.
 */
final class Progress {
    private static final long EVERY = 100_000;

    private final PrintWriter err;
    private final boolean shown;
    private long records;

    Progress(PrintWriter err, boolean wanted) {
        this.err = err;
        this.shown = wanted && System.console() != null;
    }

    void step() {
        records++;
        if (shown && records % EVERY == 0) {
            err.print("\r" + String.format("%,d", records) + " records…");
            err.flush();
        }
    }

    void done() {
        if (shown && records >= EVERY) {
            err.print("\r");
            err.flush();
        }
    }
}
