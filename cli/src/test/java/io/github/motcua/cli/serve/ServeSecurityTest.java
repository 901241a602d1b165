package io.github.motcua.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The token, and the refusal to listen beyond this machine without one. */
class ServeSecurityTest {
    @Test
    void everyEndpointButHealthAndTheDescriptionNeedsTheToken(@TempDir Path directory) throws Exception {
        RunningService.sample(directory);
        Settings settings = new Settings(
                "127.0.0.1",
                0,
                RunningService.token(),
                1 << 20,
                1 << 20,
                Duration.ofSeconds(30),
                Duration.ofSeconds(30),
                true);
        try (RunningService serve = RunningService.on(directory, settings)) {
            // Each refused call on a client of its own: on Java 17, a client that got a 401 for a URI answered
            // the next request to it with 401 again, whatever its header.
            HttpResponse<String> without = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(serve.uri("/v1/calendar/lunar?date=2023-03-22"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> wrong = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(serve.uri("/v1/calendar/lunar?date=2023-03-22"))
                                    .header("Authorization", "Bearer s3cret-token-for-tesTs")
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> health = serve.client.send(
                    HttpRequest.newBuilder(serve.uri("/v1/health")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(without.statusCode()).isEqualTo(401);
            assertThat(without.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"motcua\"");
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(serve.get("/v1/calendar/lunar?date=2023-03-22").statusCode())
                    .isEqualTo(200);
            assertThat(health.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theTokenIsComparedWhole() {
        BearerToken token = new BearerToken("abc123");
        assertThat(token.accepts("Bearer abc123")).isTrue();
        assertThat(token.accepts("bearer abc123")).isTrue();
        assertThat(token.accepts("Bearer abc12")).isFalse();
        assertThat(token.accepts("Bearer abc1234")).isFalse();
        assertThat(token.accepts("Basic abc123")).isFalse();
        assertThat(token.accepts(null)).isFalse();
    }

    @Test
    void itRefusesToListenBeyondThisMachineWithoutAToken(@TempDir Path directory) throws Exception {
        RunningService.sample(directory);
        String err = Cli.errors(
                1,
                "serve",
                "--bind",
                "0.0.0.0",
                "--port",
                "0",
                "--units",
                directory.resolve("units.jsonl").toString(),
                "--procedures",
                directory.resolve("procedures.jsonl").toString());
        assertThat(err).contains("--bind 0.0.0.0 listens beyond this machine").contains("--token-file");
    }

    @Test
    void anEmptyTokenFileIsRefused(@TempDir Path directory) throws Exception {
        Path empty = Files.writeString(directory.resolve("token"), "\n");
        String err = Cli.errors(
                1,
                "serve",
                "--token-file",
                empty.toString(),
                "--units",
                empty.toString(),
                "--procedures",
                empty.toString());
        assertThat(err).contains("the file holds no token");
    }
}
