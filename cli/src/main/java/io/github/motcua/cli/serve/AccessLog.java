package io.github.motcua.cli.serve;

import java.io.PrintStream;
import java.time.Instant;

/**
 * One line per request on the service's standard error: the time, the client's address, the method,
 * the path without its query, the status, the bytes sent and the duration. Neither a query's values
 * nor a body's content is written, so that no dossier reaches the log.
 */
final class AccessLog {
    private final PrintStream out;

    AccessLog(PrintStream out) {
        this.out = out;
    }

    void log(String client, String method, String path, int status, long bytes, long nanos) {
        out.println(Instant.now() + " " + client + " " + method + " " + path + " " + status + " " + bytes + " bytes "
                + (nanos / 1_000_000) + " ms");
    }
}
