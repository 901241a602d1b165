package io.github.motcua.cli.serve;

import io.github.motcua.PrintableText;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code motcua serve}: the rules as an HTTP service for one-stop systems not written in Java
 * (docs/serve.md). It loads the master files, listens (on the loopback address unless told
 * otherwise, and then only with a token), and serves until it is stopped; SIGHUP or {@code POST
 * /v1/admin/reload} reads the master files again, and SIGTERM or Ctrl-C stops it after the requests
 * under way have finished.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Cung cấp các quy tắc qua HTTP cho các hệ thống một cửa không viết bằng Java.",
            "Serves the rules over HTTP (JSON, JSON Lines, CSV, xlsx) for one-stop systems not written in Java:"
                    + " calendar, deadlines, verdicts, Biểu 06, scores, checks (docs/serve.md; GET /openapi.json)."
                    + " Listens on 127.0.0.1 unless --bind says otherwise, which needs --token-file. SIGHUP or POST"
                    + " /v1/admin/reload reads the master files again; SIGTERM or Ctrl-C stops it once the requests"
                    + " under way have finished."
        })
public final class ServeCommand implements Callable<Integer> {
    @Spec
    @SuppressWarnings("NullAway.Init") // injected by picocli
    CommandSpec spec;

    @Option(
            names = "--procedures",
            required = true,
            paramLabel = "FILE",
            description = "Procedures (JSON Lines), whose processing times give the deadlines.")
    @SuppressWarnings("NullAway.Init") // required option
    Path procedures;

    @Option(
            names = "--units",
            required = true,
            paramLabel = "FILE",
            description = "Units (JSON Lines): the master list, with each unit's name and level.")
    @SuppressWarnings("NullAway.Init") // required option
    Path units;

    @Option(names = "--excusals", paramLabel = "FILE", description = "Excusal intervals (JSON Lines).")
    @Nullable
    Path excusals;

    @Option(names = "--port", paramLabel = "PORT", description = "The port; 8080 by default, 0 for any free one.")
    int port = 8080;

    @Option(
            names = "--bind",
            paramLabel = "ADDRESS",
            description = "The address to listen on; 127.0.0.1 by default. Any other than a loopback address needs"
                    + " --token-file.")
    String bind = "127.0.0.1";

    @Option(
            names = "--token-file",
            paramLabel = "FILE",
            description = "A file holding the token that every request but GET /v1/health and GET /openapi.json"
                    + " must send as 'Authorization: Bearer TOKEN'.")
    @Nullable
    Path tokenFile;

    @Option(
            names = "--max-body",
            paramLabel = "SIZE",
            description = "The largest body read whole (deadlines, checks): 1MiB by default; 512k, 4M….")
    String maxBody = "1MiB";

    @Option(
            names = "--max-stream",
            paramLabel = "SIZE",
            description = "The largest body streamed (verdicts, reports, scores): 8GiB by default.")
    String maxStream = "8GiB";

    @Option(
            names = "--idle-timeout",
            paramLabel = "SECONDS",
            description = "Closes a connection silent this long, a slow client's included: 30 by default.")
    int idleTimeout = 30;

    @Option(
            names = "--stop-timeout",
            paramLabel = "SECONDS",
            description = "On stop, how long the requests under way may take to finish: 30 by default.")
    int stopTimeout = 30;

    @Option(
            names = "--access-log",
            negatable = true,
            defaultValue = "true",
            fallbackValue = "true",
            description = "Log each request on standard error (method, path, status, bytes, time; never a query's"
                    + " values or a body): the default; --no-access-log does not.")
    boolean accessLog = true;

    /** Creates the command; picocli sets its options. */
    public ServeCommand() {}

    @Override
    public Integer call() throws Exception {
        BearerToken token = token();
        requireTokenBeyondLoopback(token);
        Settings settings = new Settings(
                bind,
                port,
                token,
                ByteSize.parse(maxBody),
                ByteSize.parse(maxStream),
                Duration.ofSeconds(idleTimeout),
                Duration.ofSeconds(stopTimeout),
                accessLog);
        PrintStream errors =
                new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        Service service = Service.start(new MasterFilesToServe(units, procedures, excusals), settings, errors);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(service, errors), "motcua-serve-stop"));
        Hangup.onSignal(() -> reload(service, errors));
        PrintWriter out = spec.commandLine().getOut();
        out.println("motcua serve: listening on http://" + hostForUrl() + ":" + service.port() + " (GET /openapi.json"
                + " describes the endpoints; Ctrl-C stops)");
        out.flush();
        service.join();
        return 0;
    }

    private @Nullable BearerToken token() throws IOException {
        if (tokenFile == null) {
            return null;
        }
        String text = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("--token-file " + tokenFile + ": the file holds no token");
        }
        return new BearerToken(text);
    }

    /** Refuses to listen beyond the loopback address without a token. */
    private void requireTokenBeyondLoopback(@Nullable BearerToken token) {
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--bind " + PrintableText.of(bind) + ": no such address", e);
        }
        if (token == null && !address.isLoopbackAddress()) {
            throw new IllegalArgumentException("--bind " + PrintableText.of(bind) + " listens beyond this machine,"
                    + " where anyone who reaches it could use the service: add --token-file FILE (a secret token"
                    + " that clients send as 'Authorization: Bearer TOKEN'), or bind to 127.0.0.1");
        }
    }

    private String hostForUrl() {
        return bind.contains(":") ? "[" + bind + "]" : bind;
    }

    private static void stop(Service service, PrintStream errors) {
        try {
            errors.println("motcua serve: stopping once the requests under way have finished");
            service.stop();
        } catch (Exception e) {
            errors.println("motcua serve: " + e.getMessage());
        }
    }

    private static void reload(Service service, PrintStream errors) {
        try {
            service.reload();
            errors.println("motcua serve: master data reloaded (SIGHUP)");
        } catch (IOException | RuntimeException e) {
            errors.println("motcua serve: master data not reloaded, those loaded before stay in use: "
                    + PrintableText.of(String.valueOf(e.getMessage())));
        }
    }
}
