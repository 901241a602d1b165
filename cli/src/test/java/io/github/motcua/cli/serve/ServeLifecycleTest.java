package io.github.motcua.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reloading the master data, many clients at once, and stopping with requests under way. */
class ServeLifecycleTest {
    private static final Path DOSSIERS = Path.of("..", "docs", "samples", "dossiers.jsonl");

    private static HttpResponse<String> reload(RunningService serve) throws Exception {
        return serve.client.send(
                serve.request("/v1/admin/reload")
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int procedures(RunningService serve) throws Exception {
        return RunningService.json(serve.get("/v1/health"))
                .get("masterData")
                .get("procedures")
                .asInt();
    }

    @Test
    void aFailedReloadKeepsTheDataInUseAndASuccessfulOneReplacesIt(@TempDir Path directory) throws Exception {
        RunningService.sample(directory);
        Path procedures = directory.resolve("procedures.jsonl");
        List<String> lines = Files.readAllLines(procedures);
        byte[] dossier = Files.readAllLines(DOSSIERS).get(0).getBytes(StandardCharsets.UTF_8);
        try (RunningService serve = RunningService.on(directory, RunningService.settings())) {
            int loaded = procedures(serve);
            Files.writeString(procedures, lines.get(0) + "\n{\"effectiveFrom\":\n");

            HttpResponse<String> failed = reload(serve);

            assertThat(failed.statusCode()).isEqualTo(500);
            JsonNode problem = RunningService.json(failed);
            assertThat(problem.get("type").asText()).endsWith("reload-failed");
            assertThat(problem.get("detail").asText())
                    .startsWith(procedures.toString())
                    .endsWith("the master data loaded before stay in use");
            assertThat(procedures(serve)).isEqualTo(loaded);
            assertThat(serve.post("/v1/deadlines", "application/json", dossier).statusCode())
                    .isEqualTo(200);

            String other = lines.stream()
                    .filter(line -> !line.contains(procedureOf(dossier)))
                    .findFirst()
                    .orElseThrow();
            Files.writeString(procedures, other + "\n");

            HttpResponse<String> reloaded = reload(serve);

            assertThat(reloaded.statusCode()).isEqualTo(200);
            assertThat(procedures(serve)).isEqualTo(1).isLessThan(loaded);
            assertThat(serve.post("/v1/deadlines", "application/json", dossier).statusCode())
                    .isEqualTo(422);
        }
    }

    private static String procedureOf(byte[] dossier) {
        try {
            return "\""
                    + RunningService.JSON.readTree(dossier).get("procedureCode").asText() + "\"";
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void concurrentClientsGetTheSameAnswersAsOneAtATime(@TempDir Path directory) throws Exception {
        List<String> dossiers = Files.readAllLines(DOSSIERS);
        try (RunningService serve = RunningService.onSample(directory)) {
            List<String> expected = new ArrayList<>();
            for (String dossier : dossiers) {
                expected.add(serve.post("/v1/deadlines", "application/json", dossier.getBytes(StandardCharsets.UTF_8))
                        .body());
            }
            List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                calls.add(serve.client.sendAsync(
                        serve.request("/v1/deadlines")
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(dossiers.get(i % dossiers.size())))
                                .build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            for (int i = 0; i < calls.size(); i++) {
                HttpResponse<String> response = calls.get(i).get(1, TimeUnit.MINUTES);
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.body()).isEqualTo(expected.get(i % dossiers.size()));
            }
        }
    }

    @Test
    void stoppingFinishesTheRequestsUnderWayAndRefusesNewOnes(@TempDir Path directory) throws Exception {
        List<String> dossiers = Files.readAllLines(DOSSIERS);
        RunningService serve = RunningService.onSample(directory);
        CountDownLatch sending = new CountDownLatch(1);
        CompletableFuture<HttpResponse<String>> underWay = serve.client.sendAsync(
                serve.request("/v1/verdicts?period=2023")
                        .header("Content-Type", "application/x-ndjson")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SlowLines(dossiers, sending)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sending.await(30, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(200); // the request has reached the service and is being read

        java.net.URI health = serve.uri("/v1/health");
        serve.service.stop();

        HttpResponse<String> response = underWay.get(1, TimeUnit.MINUTES);
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> lines = response.body().lines().toList();
        JsonNode summary =
                RunningService.JSON.readTree(lines.get(lines.size() - 1)).get("summary");
        assertThat(summary.get("read").asInt()).isEqualTo(dossiers.size());
        assertThatThrownBy(() ->
                        serve.client.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);
    }

    /** The dossiers, a line every 100 ms, signalling once the first is sent. */
    private static final class SlowLines extends InputStream {
        private final List<String> lines;
        private final CountDownLatch sending;
        private int next;

        SlowLines(List<String> lines, CountDownLatch sending) {
            this.lines = lines;
            this.sending = sending;
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException("read in lines");
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (next == lines.size()) {
                return -1;
            }
            if (next > 0) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
            byte[] line = (lines.get(next++) + "\n").getBytes(StandardCharsets.UTF_8);
            System.arraycopy(line, 0, buffer, offset, line.length);
            sending.countDown();
            return line.length;
        }
    }
}
