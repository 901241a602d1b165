package io.github.motcua.cli.serve;

import io.github.motcua.cli.job.Counting;
import io.github.motcua.cli.job.ReportRequest;
import io.github.motcua.io.DossierReader;
import io.github.motcua.io.ReadSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * {@code POST /v1/verdicts?period=…}: dossiers streamed in (JSON Lines, or CSV as {@code text/csv}),
 * each one's verdict streamed out as it is read, as {@code motcua report --verdicts} writes them:
 * the dossiers counted in the period's figures, judged at the report date, in the order read.
 * Rejections come inline with their record and line numbers, and a summary line last. The read
 * holds one record at a time; only the table of ids seen, which finds repeated ids, grows with the
 * dossiers.
 */
final class VerdictEndpoint {
    private final long maxStream;

    VerdictEndpoint(long maxStream) {
        this.maxStream = maxStream;
    }

    void answer(Exchange exchange, Snapshot master) throws Exception {
        ReportRequest request = Requests.report(exchange.query(), master);
        DossierReader.Builder reader =
                request.reader(DossierReader.builder(Requests.dossierFormat(exchange.mediaType(), "dossiers")));
        Counting counting = request.counting();
        try (InputStream in = exchange.body(maxStream);
                OutputStream out = exchange.stream(200, "application/x-ndjson");
                StreamLines lines = new StreamLines(out)) {
            try {
                lines.summary(read(counting, reader, in, lines));
            } catch (IOException | RuntimeException | OutOfMemoryError failure) {
                Problem problem = Problems.of(failure);
                if (problem.status() >= 500 && !(failure instanceof Problem)) {
                    throw failure;
                }
                lines.problem(problem.json(exchange.path()));
            }
        }
    }

    /** Reads the dossiers in order, writing each counted one's verdict and each rejection as it comes. */
    private static ReadSummary read(Counting counting, DossierReader.Builder reader, InputStream in, StreamLines lines)
            throws IOException {
        long[] records = {0};
        return counting.readInOrder(
                reader,
                (built, accepted, rejected) -> built.read(
                        in,
                        dossier -> {
                            records[0]++;
                            accepted.accept(dossier);
                        },
                        rejection -> {
                            records[0]++;
                            rejected.accept(rejection);
                        }),
                counted -> write(() -> lines.verdict(records[0], counted.verdict())),
                rejection -> write(() -> lines.rejection(rejection)));
    }

    /** A line to write. */
    @FunctionalInterface
    private interface Line {
        void write() throws IOException;
    }

    private static void write(Line line) {
        try {
            line.write();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
