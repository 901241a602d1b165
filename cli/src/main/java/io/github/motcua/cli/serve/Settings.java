package io.github.motcua.cli.serve;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How the service runs: where it listens, its token, its limits and its timeouts.
 *
 * @param bind the address it listens on
 * @param port the port, 0 for any free one
 * @param token the token clients must send, or null for none (loopback only)
 * @param maxBody the largest body read whole (deadlines, checks), in bytes
 * @param maxStream the largest body streamed (verdicts, reports, scores), in bytes
 * @param idleTimeout how long a connection may stay silent, a slow client's included
 * @param stopTimeout how long requests under way may take to finish when the service stops
 * @param accessLog whether each request is logged on standard error
 */
record Settings(
        String bind,
        int port,
        @Nullable BearerToken token,
        long maxBody,
        long maxStream,
        Duration idleTimeout,
        Duration stopTimeout,
        boolean accessLog) {
    Settings {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(stopTimeout, "stopTimeout");
    }
}
