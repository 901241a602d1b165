package io.github.motcua.cli.serve;

import io.github.motcua.PrintableText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.util.NoSuchElementException;

/**
 * The problem that answers a failure, in the words of the command line's messages: a value the
 * rules refuse (exit code 1 there) is a bad request, a body that cannot be read one too, anything
 * else an internal error whose details go to the service's log, never to the client.
 */
final class Problems {
    private Problems() {}

    static Problem of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof Problem problem) {
                return problem;
            }
            if (cause instanceof DateTimeException
                    || cause instanceof IllegalArgumentException
                    || cause instanceof NoSuchElementException) {
                return Problem.badRequest(PrintableText.of(String.valueOf(cause.getMessage())));
            }
            if (cause instanceof IOException || cause instanceof UncheckedIOException) {
                return Problem.badRequest(
                        "the request could not be read: " + PrintableText.of(String.valueOf(cause.getMessage())));
            }
        }
        if (failure instanceof OutOfMemoryError) {
            return Problem.internal("out of memory; start the service with more (MOTCUA_JAVA_OPTS=-Xmx2g) or send"
                    + " fewer dossiers at a time");
        }
        return Problem.internal("internal error, a bug in motcua ("
                + PrintableText.of(String.valueOf(failure.getMessage()))
                + "); the service's standard error has the details to report");
    }
}
