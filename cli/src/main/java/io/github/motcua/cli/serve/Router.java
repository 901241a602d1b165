package io.github.motcua.cli.serve;

import io.github.motcua.PrintableText;
import java.io.PrintStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;

/**
 * Sends each request to its endpoint, after the token when there is one, and answers a problem for
 * what fails: a path not served, a method not taken, a request the rules refuse, an internal error
 * (whose stack trace goes to standard error, never to the client). Logs each request once it ends.
 */
final class Router extends Handler.Abstract {
    /** The paths that need no token: the service's health and its description. */
    private static final Set<String> OPEN = Set.of("/v1/health", "/openapi.json");

    private final Map<String, Map<String, Endpoint>> routes = new TreeMap<>();
    private final Supplier<Snapshot> master;
    private final @Nullable BearerToken token;
    private final @Nullable AccessLog accessLog;
    private final PrintStream errors;

    Router(Supplier<Snapshot> master, @Nullable BearerToken token, @Nullable AccessLog accessLog, PrintStream errors) {
        this.master = master;
        this.token = token;
        this.accessLog = accessLog;
        this.errors = errors;
    }

    /** Serves a method on a path. */
    Router route(String method, String path, Endpoint endpoint) {
        routes.computeIfAbsent(path, key -> new TreeMap<>()).put(method, endpoint);
        return this;
    }

    /** The paths served, with their methods. */
    Map<String, Set<String>> paths() {
        Map<String, Set<String>> paths = new TreeMap<>();
        routes.forEach((path, methods) -> paths.put(path, methods.keySet()));
        return paths;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        long start = System.nanoTime();
        Callback logged = accessLog == null ? callback : Callback.from(callback, () -> log(request, response, start));
        Exchange exchange = new Exchange(request, response, logged);
        try {
            endpoint(exchange).answer(exchange, master.get());
        } catch (Throwable failure) {
            fail(exchange, failure);
        }
        return true;
    }

    private Endpoint endpoint(Exchange exchange) {
        String path = exchange.path();
        if (token != null && !OPEN.contains(path) && !token.accepts(exchange.header(HttpHeader.AUTHORIZATION))) {
            exchange.header(HttpHeader.WWW_AUTHENTICATE.asString(), "Bearer realm=\"motcua\"");
            throw Problem.unauthorized();
        }
        Map<String, Endpoint> methods = routes.get(path);
        if (methods == null) {
            throw Problem.notFound(PrintableText.of(path));
        }
        String method = exchange.request().getMethod();
        Endpoint endpoint = methods.get(method);
        if (endpoint == null) {
            String allowed = String.join(", ", methods.keySet());
            exchange.header(HttpHeader.ALLOW.asString(), allowed);
            throw Problem.methodNotAllowed(PrintableText.of(method), path, allowed);
        }
        return endpoint;
    }

    /** Answers a failure with its problem, or cuts the response short when it has begun. */
    private void fail(Exchange exchange, Throwable failure) {
        Problem problem = Problems.of(failure);
        if (problem.status() >= 500 && !(failure instanceof Problem)) {
            errors.println("motcua serve: " + exchange.request().getMethod() + " " + PrintableText.of(exchange.path())
                    + ": " + problem.getMessage());
            failure.printStackTrace(errors);
        }
        if (exchange.isCommitted()) {
            exchange.abort(failure);
            return;
        }
        try {
            exchange.problem(problem);
        } catch (Throwable unwritable) {
            exchange.abort(unwritable);
        }
    }

    private void log(Request request, Response response, long start) {
        AccessLog log = accessLog;
        if (log != null) {
            log.log(
                    Request.getRemoteAddr(request),
                    request.getMethod(),
                    PrintableText.of(request.getHttpURI().getPath()),
                    response.getStatus(),
                    Response.getContentBytesWritten(response),
                    System.nanoTime() - start);
        }
    }
}
