package io.github.motcua.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.motcua.cli.Motcua;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The service started for tests on a free port with the sample's master files (the Thuận Châu 2023
 * data set, as {@code motcua demo --export-dossiers} writes it), and a client that calls it.
 */
final class RunningService implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    final Path directory;
    final Service service;
    final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final @Nullable String token;

    private RunningService(Path directory, Settings settings) throws Exception {
        this.directory = directory;
        this.token = settings.token() == null ? null : "s3cret-token-for-tests";
        this.service = Service.start(
                new MasterFilesToServe(
                        directory.resolve("units.jsonl"),
                        directory.resolve("procedures.jsonl"),
                        directory.resolve("excusals.jsonl")),
                settings,
                new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    /** Exports the sample into a directory: its dossiers as CSV, and its master files. */
    static Path sample(Path directory) {
        ByteArrayOutputStream ignored = new ByteArrayOutputStream();
        int exit = Motcua.run(
                new String[] {
                    "demo",
                    "--export-dossiers",
                    directory.resolve("dossiers.csv").toString()
                },
                ignored,
                ignored);
        assertThat(exit).as(ignored.toString(StandardCharsets.UTF_8)).isZero();
        return directory;
    }

    static Settings settings() {
        return new Settings(
                "127.0.0.1", 0, null, 1 << 20, 1L << 33, Duration.ofSeconds(30), Duration.ofSeconds(30), true);
    }

    /** The service on the sample's master files in a directory that holds them. */
    static RunningService on(Path directory, Settings settings) throws Exception {
        return new RunningService(directory, settings);
    }

    static RunningService onSample(Path directory) throws Exception {
        return on(sample(directory), settings());
    }

    static BearerToken token() {
        return new BearerToken("s3cret-token-for-tests");
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + service.port() + pathAndQuery);
    }

    HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofMinutes(2));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return client.send(request(pathAndQuery).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String pathAndQuery, String contentType, byte[] body)
            throws IOException, InterruptedException {
        return client.send(
                request(pathAndQuery)
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String pathAndQuery, String contentType, Path body)
            throws IOException, InterruptedException {
        return post(pathAndQuery, contentType, Files.readAllBytes(body));
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    @Override
    public void close() throws Exception {
        service.stop();
    }
}
