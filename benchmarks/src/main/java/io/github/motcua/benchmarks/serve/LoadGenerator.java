package io.github.motcua.benchmarks.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Loads a running {@code motcua serve} and prints what it measured.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.motcua.benchmarks.serve.LoadGenerator \
 *     deadlines PORT CLIENTS SECONDS DOSSIERS.jsonl     # keep-alive clients, each one request at a time
 * java -cp benchmarks/target/benchmarks.jar io.github.motcua.benchmarks.serve.LoadGenerator \
 *     verdicts PORT DOSSIERS.jsonl PERIOD               # the file streamed through POST /v1/verdicts
 * }</pre>
 *
 * <p>{@code deadlines}: each client sends {@code POST /v1/deadlines} with one dossier of the file
 * (in turn), waits for the answer and sends the next, over one connection; after a warm-up of a
 * third of the time, it counts the answers and their latencies, and prints the requests per second
 * and the 50th, 99th and 99.9th percentiles. {@code verdicts}: sends the file while it reads the
 * verdicts, and prints the dossiers per second from the first byte sent to the summary line.
 */
public final class LoadGenerator {
    private LoadGenerator() {}

    /**
     * Runs a load.
     *
     * @param args {@code deadlines PORT CLIENTS SECONDS FILE} or {@code verdicts PORT FILE PERIOD}
     * @throws Exception if the service cannot be reached
     */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length == 5 && args[0].equals("deadlines")) {
            deadlines(
                    Integer.parseInt(args[1]),
                    Integer.parseInt(args[2]),
                    Integer.parseInt(args[3]),
                    Files.readAllLines(Path.of(args[4])),
                    out);
        } else if (args.length == 4 && args[0].equals("verdicts")) {
            verdicts(Integer.parseInt(args[1]), Path.of(args[2]), args[3], out);
        } else {
            throw new IllegalArgumentException(
                    "usage: deadlines PORT CLIENTS SECONDS FILE.jsonl | verdicts PORT FILE.jsonl PERIOD");
        }
    }

    private static void deadlines(int port, int clients, int seconds, List<String> dossiers, PrintStream out)
            throws InterruptedException {
        byte[][] requests = dossiers.stream()
                .map(dossier -> Connection.post(
                        "127.0.0.1", "/v1/deadlines", "application/json", dossier.getBytes(StandardCharsets.UTF_8)))
                .toArray(byte[][]::new);
        long start = System.nanoTime();
        long measureFrom = start + seconds * 1_000_000_000L / 3;
        long end = start + seconds * 1_000_000_000L;
        List<long[]> latencies = new ArrayList<>();
        AtomicLong failures = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long[][] mine = {new long[1 << 16]};
            int[] count = {0};
            int first = c;
            Thread thread = new Thread(() -> {
                try (Connection connection = new Connection("127.0.0.1", port)) {
                    for (int i = first; ; i++) {
                        long sent = System.nanoTime();
                        if (sent >= end) {
                            break;
                        }
                        if (connection.exchange(requests[i % requests.length]) != 200) {
                            failures.incrementAndGet();
                        }
                        long answered = System.nanoTime();
                        if (sent >= measureFrom) {
                            if (count[0] == mine[0].length) {
                                mine[0] = Arrays.copyOf(mine[0], count[0] * 2);
                            }
                            mine[0][count[0]++] = answered - sent;
                        }
                    }
                } catch (IOException e) {
                    failures.incrementAndGet();
                }
                synchronized (latencies) {
                    latencies.add(Arrays.copyOf(mine[0], count[0]));
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        double measured = (end - measureFrom) / 1e9;
        out.printf(
                Locale.ROOT,
                "deadlines: %d clients, %d requests in %.1f s measured: %.0f requests/s; latency p50 %.3f ms, p99 %.3f"
                        + " ms, p99.9 %.3f ms, max %.3f ms; %d failures%n",
                clients,
                all.length,
                measured,
                all.length / measured,
                percentile(all, 0.50),
                percentile(all, 0.99),
                percentile(all, 0.999),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6,
                failures.get());
    }

    private static double percentile(long[] sorted, double fraction) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, sorted.length * fraction)] / 1e6;
    }

    /**
     * Streams a file through {@code POST /v1/verdicts} over HTTP/1.0 (the answer is its bytes until
     * the connection closes), sending on one thread while this one reads.
     */
    private static void verdicts(int port, Path file, String period, PrintStream out) throws Exception {
        long length = Files.size(file);
        long start = System.nanoTime();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            Thread sender = new Thread(() -> {
                try (InputStream in = Files.newInputStream(file)) {
                    OutputStream body = socket.getOutputStream();
                    body.write(("POST /v1/verdicts?period=" + period + " HTTP/1.0\r\nHost: 127.0.0.1\r\n"
                                    + "Content-Type: application/x-ndjson\r\nContent-Length: " + length + "\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    in.transferTo(body);
                    body.flush();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            sender.start();
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8), 1 << 16);
            long verdicts = 0;
            String summary = "";
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("{\"record\"")) {
                    verdicts++;
                } else if (line.startsWith("{\"summary\"")) {
                    summary = line;
                }
            }
            sender.join();
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf(
                    Locale.ROOT,
                    "verdicts: %s, %d verdicts in %.2f s: %.0f dossiers/s (%s)%n",
                    file.getFileName(),
                    verdicts,
                    seconds,
                    dossiers(summary) / seconds,
                    summary);
        }
    }

    /** The dossiers read, from the summary line. */
    private static long dossiers(String summary) {
        int at = summary.indexOf("\"read\":");
        if (at < 0) {
            throw new IllegalStateException("no summary line: " + summary);
        }
        int from = at + 7;
        int to = from;
        while (to < summary.length() && Character.isDigit(summary.charAt(to))) {
            to++;
        }
        return Long.parseLong(summary.substring(from, to));
    }
}
