package io.github.motcua.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A million dossiers streamed through {@code POST /v1/verdicts} to a service whose heap is 256 MB:
 * the dossiers alone would need gigabytes, so the service holds one at a time (and the table of ids
 * seen), and each verdict comes back while the dossiers are still being sent.
 */
class ServeMillionDossiersTest {
    private static final int DOSSIERS = 1_000_000;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aMillionDossiersStreamThroughASmallHeap(@TempDir Path directory) throws Exception {
        RunningService.sample(directory);
        List<String> templates = Files.readAllLines(Path.of("..", "docs", "samples", "dossiers.jsonl"));
        Process service = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-cp",
                        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                        "io.github.motcua.cli.Motcua",
                        "serve",
                        "--port",
                        "0",
                        "--no-access-log",
                        "--units",
                        directory.resolve("units.jsonl").toString(),
                        "--procedures",
                        directory.resolve("procedures.jsonl").toString(),
                        "--excusals",
                        directory.resolve("excusals.jsonl").toString())
                .redirectError(directory.resolve("serve.err").toFile())
                .start();
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(service.getInputStream(), StandardCharsets.UTF_8));
            String listening = out.readLine();
            assertThat(listening)
                    .as(Files.readString(directory.resolve("serve.err")))
                    .contains("listening on");
            URI uri = URI.create(listening.replaceAll(".*(http://[^ ]+).*", "$1") + "/v1/verdicts?period=2023");
            long perRound = verdicts(uri, templates, templates.size()).verdicts;

            Counts counts = verdicts(uri, templates, DOSSIERS);

            assertThat(counts.summary.get("read").asLong()).isEqualTo(DOSSIERS);
            assertThat(counts.summary.get("accepted").asLong()).isEqualTo(DOSSIERS);
            assertThat(counts.verdicts).isEqualTo(perRound * DOSSIERS / templates.size());
            assertThat(service.isAlive()).isTrue();
        } finally {
            service.destroy();
            service.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private record Counts(long verdicts, JsonNode summary) {}

    /**
     * Sends the dossiers and reads the verdicts at the same time, over a socket: the JDK's HttpClient
     * reads no answer until it has sent the whole request, so the service, whose answer it would not
     * read, would wait on it while it waited on the service. HTTP/1.0, so that the answer is its bytes
     * until the connection closes.
     */
    private static Counts verdicts(URI uri, List<String> templates, int dossiers) throws Exception {
        long length;
        try (InputStream counting = new Dossiers(templates, dossiers)) {
            length = counting.transferTo(OutputStream.nullOutputStream());
        }
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            Thread sender = new Thread(() -> send(socket, uri, length, new Dossiers(templates, dossiers)));
            sender.start();
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            assertThat(in.readLine()).isEqualTo("HTTP/1.1 200 OK");
            String header;
            do {
                header = in.readLine();
            } while (header != null && !header.isEmpty());
            long verdicts = 0;
            JsonNode summary = null;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("{\"record\"")) {
                    verdicts++;
                } else if (line.startsWith("{\"summary\"")) {
                    summary = read(line).get("summary");
                } else {
                    throw new AssertionError("unexpected line: " + line);
                }
            }
            sender.join();
            assertThat(summary).isNotNull();
            return new Counts(verdicts, summary);
        }
    }

    private static void send(Socket socket, URI uri, long length, InputStream dossiers) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + uri.getRawPath() + "?" + uri.getRawQuery() + " HTTP/1.0\r\nHost: " + uri.getHost()
                            + "\r\nContent-Type: application/x-ndjson\r\nContent-Length: " + length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            dossiers.transferTo(out);
            out.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode read(String line) {
        try {
            return RunningService.JSON.readTree(line);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The sample's dossiers again and again, each with an id of its own, made as they are read. */
    private static final class Dossiers extends InputStream {
        private final byte[][] tails;
        private final int count;
        private int next;
        private byte[] line = new byte[0];
        private int position;

        Dossiers(List<String> templates, int count) {
            this.tails = templates.stream()
                    .map(template ->
                            template.substring(template.indexOf("\",") + 1).getBytes(StandardCharsets.UTF_8))
                    .toArray(byte[][]::new);
            this.count = count;
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException("read in blocks");
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position == line.length) {
                if (next == count) {
                    return -1;
                }
                byte[] head = ("{\"id\":\"M-" + next + "\"").getBytes(StandardCharsets.UTF_8);
                byte[] tail = tails[next % tails.length];
                line = new byte[head.length + tail.length + 1];
                System.arraycopy(head, 0, line, 0, head.length);
                System.arraycopy(tail, 0, line, head.length, tail.length);
                line[line.length - 1] = '\n';
                position = 0;
                next++;
            }
            int n = Math.min(length, line.length - position);
            System.arraycopy(line, position, buffer, offset, n);
            position += n;
            return n;
        }
    }
}
