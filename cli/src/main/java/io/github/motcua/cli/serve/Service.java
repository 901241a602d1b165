package io.github.motcua.cli.serve;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The running service: a Jetty server of core handlers (no servlet API) in front of the router, and
 * the master data in use, which a reload replaces whole or not at all.
 *
 * <p>Jetty reads and writes bodies as streams, so a request of any size passes through in bounded
 * memory; it closes connections idle past the idle timeout (slow clients); and on stop, its
 * graceful handler refuses new requests (503) while those under way finish, up to the stop
 * timeout.
 */
final class Service {
    private final MasterFilesToServe files;
    private final AtomicReference<Snapshot> master;
    private final Server server;
    private final ServerConnector connector;
    private final Router router;

    private Service(MasterFilesToServe files, Snapshot loaded, Settings settings, PrintStream errors)
            throws IOException {
        this.files = files;
        this.master = new AtomicReference<>(loaded);
        QueuedThreadPool threads = new QueuedThreadPool(200, 8);
        threads.setName("motcua-serve");
        this.server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        this.connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(settings.bind());
        connector.setPort(settings.port());
        connector.setIdleTimeout(settings.idleTimeout().toMillis());
        server.addConnector(connector);
        Path temporary = Files.createTempDirectory("motcua-serve");
        temporary.toFile().deleteOnExit();
        this.router = new Router(
                        master::get, settings.token(), settings.accessLog() ? new AccessLog(errors) : null, errors)
                .route("GET", "/v1/health", ServiceEndpoints::health)
                .route("GET", "/v1/version", ServiceEndpoints::version)
                .route("GET", "/openapi.json", ServiceEndpoints::openApi)
                .route("POST", "/v1/admin/reload", new ServiceEndpoints(this)::reload)
                .route("GET", "/v1/calendar/working-day", CalendarEndpoints::workingDay)
                .route("GET", "/v1/calendar/add", CalendarEndpoints::add)
                .route("GET", "/v1/calendar/between", CalendarEndpoints::between)
                .route("GET", "/v1/calendar/holidays", CalendarEndpoints::holidays)
                .route("GET", "/v1/calendar/lunar", CalendarEndpoints::lunar)
                .route("POST", "/v1/deadlines", new DeadlineEndpoint(settings.maxBody())::answer)
                .route("POST", "/v1/verdicts", new VerdictEndpoint(settings.maxStream())::answer)
                .route("POST", "/v1/reports/bieu06", new ReportEndpoint(settings.maxStream())::answer)
                .route("POST", "/v1/scores", new ScoreEndpoint(settings.maxStream(), temporary)::answer)
                .route("POST", "/v1/check", new CheckEndpoint(settings.maxBody())::answer);
        server.setHandler(new GracefulHandler(router));
        server.setStopTimeout(settings.stopTimeout().toMillis());
        server.setStopAtShutdown(false);
    }

    /**
     * Loads the master data and starts listening.
     *
     * @throws IOException if a master file cannot be read
     * @throws IllegalArgumentException if a master file's record is refused
     * @throws Exception if the server cannot start, such as on a port in use
     */
    static Service start(MasterFilesToServe files, Settings settings, PrintStream errors) throws Exception {
        Service service = new Service(files, files.load(), settings, errors);
        service.server.start();
        return service;
    }

    /** The port it listens on: the one asked for, or the one chosen for port 0. */
    int port() {
        return connector.getLocalPort();
    }

    /** The paths served, with their methods. */
    Map<String, Set<String>> paths() {
        return router.paths();
    }

    /**
     * Reads the master files again and puts them in use at once for the requests that come next; on
     * failure the data before stay in use.
     */
    Snapshot reload() throws IOException {
        Snapshot loaded = files.load();
        master.set(loaded);
        return loaded;
    }

    /** Stops: no new request is taken, and those under way finish within the stop timeout. */
    void stop() throws Exception {
        server.stop();
    }

    /** Waits until the service stops. */
    void join() throws InterruptedException {
        server.join();
    }
}
