package io.github.motcua.cli.serve;

import io.github.motcua.PrintableText;
import io.github.motcua.cli.job.Version;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;

/** {@code GET /v1/health}, {@code GET /v1/version}, {@code GET /openapi.json} and {@code POST /v1/admin/reload}. */
final class ServiceEndpoints {
    /** The OpenAPI description, kept beside this class and served as it is. */
    private static final byte[] OPENAPI = openApi();

    private final Service service;

    ServiceEndpoints(Service service) {
        this.service = service;
    }

    static byte[] openApi() {
        try (InputStream in = ServiceEndpoints.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the motcua jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read openapi.json", e);
        }
    }

    static void health(Exchange exchange, Snapshot master) throws IOException {
        exchange.json(200, Exchange.object("status", "UP", "masterData", master.summary()));
    }

    static void version(Exchange exchange, Snapshot master) throws IOException {
        exchange.json(
                200,
                Exchange.object(
                        "name", "motcua", "version", Version.text(), "java", System.getProperty("java.version")));
    }

    static void openApi(Exchange exchange, Snapshot master) {
        exchange.bytes(200, "application/json", OPENAPI);
    }

    /** Reads the master files again; on failure the data before stay in use and the problem says why. */
    void reload(Exchange exchange, Snapshot master) throws IOException {
        Snapshot loaded;
        try {
            loaded = service.reload();
        } catch (IOException | RuntimeException failed) {
            String detail = failed instanceof NoSuchFileException missing
                    ? "no such file or directory: " + missing.getFile()
                    : String.valueOf(failed.getMessage());
            throw Problem.reloadFailed(PrintableText.of(detail));
        }
        exchange.json(200, Exchange.object("status", "RELOADED", "masterData", loaded.summary()));
    }
}
