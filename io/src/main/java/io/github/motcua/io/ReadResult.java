package io.github.motcua.io;

import java.util.Objects;

/**
 * What a parallel read of a file collected, and its counts.
 *
 * @param result the collector's result over the accepted dossiers
 * @param summary the records read, accepted and rejected
 * @param <R> the type of the result
 */
public record ReadResult<R>(R result, ReadSummary summary) {
    /**
     * Checks the components.
     *
     * @param result the collector's result over the accepted dossiers
     * @param summary the records read, accepted and rejected
     */
    public ReadResult {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(summary, "summary");
    }
}
