package io.github.motcua.cli.serve;

import io.github.motcua.Language;
import io.github.motcua.cli.job.ReportRequest;
import io.github.motcua.io.CsvDialect;
import io.github.motcua.io.DossierReader;
import io.github.motcua.io.ReadSummary;
import io.github.motcua.io.Rejection;
import io.github.motcua.report.ProcessingReport;
import io.github.motcua.report.ProcessingTable;
import io.github.motcua.report.ProcessingWorkbook;
import io.github.motcua.report.RowGrouping;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /v1/reports/bieu06?period=…}: Biểu 06 of the dossiers streamed in (JSON Lines, or CSV
 * as {@code text/csv}), as {@code motcua report} computes it on one thread: JSON (the report value
 * with the read's summary and its first rejections), CSV or an Excel workbook. The counts of the
 * read are also in the headers {@code Motcua-Records-Read}, {@code -Accepted} and {@code -Rejected}.
 */
final class ReportEndpoint {
    /** The rejections a JSON answer lists; the summary counts them all. */
    static final int REJECTIONS_LISTED = 1000;

    /** The outputs. */
    enum Format {
        /** The report value, with the summary and the first rejections. */
        JSON,
        /** Biểu 06 as CSV. */
        CSV,
        /** Biểu 06 as an Excel workbook in the form's layout. */
        XLSX
    }

    private final long maxStream;

    ReportEndpoint(long maxStream) {
        this.maxStream = maxStream;
    }

    void answer(Exchange exchange, Snapshot master) throws Exception {
        Query query = exchange.query();
        ReportRequest request = Requests.report(query, master);
        Format format = query.choice("format", Format.class, Format.JSON);
        CsvDialect dialect = query.choice("csv-dialect", CsvDialect.class, CsvDialect.PLAIN);
        Language language = Requests.language(query);
        DossierReader.Builder reader =
                request.reader(DossierReader.builder(Requests.dossierFormat(exchange.mediaType(), "dossiers")));
        ProcessingReport.Builder report = request.report();
        List<Rejection> listed = new ArrayList<>();
        ReadSummary summary;
        try (InputStream in = exchange.body(maxStream)) {
            summary = read(request, request.rows(), reader, report, in, listed);
        }
        ProcessingReport built = report.build();
        exchange.header("Motcua-Records-Read", Long.toString(summary.read()));
        exchange.header("Motcua-Records-Accepted", Long.toString(summary.accepted()));
        exchange.header("Motcua-Records-Rejected", Long.toString(summary.rejected()));
        switch (format) {
            case JSON -> exchange.json(200, Exchange.object("summary", summary, "rejections", listed, "report", built));
            case CSV -> {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
                    ProcessingTable.csv(built, language, dialect, out);
                }
                exchange.bytes(200, "text/csv; charset=utf-8", bytes.toByteArray());
            }
            case XLSX -> {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ProcessingWorkbook.write(built, language, bytes);
                exchange.bytes(
                        200, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes.toByteArray());
            }
        }
    }

    private static <K extends Comparable<K>> ReadSummary read(
            ReportRequest request,
            RowGrouping<K> rows,
            DossierReader.Builder reader,
            ProcessingReport.Builder report,
            InputStream in,
            List<Rejection> listed)
            throws java.io.IOException {
        return request.counting()
                .readInOrder(reader, in, report.rowsFrom(rows.key(), rows.label(), request.intervals()), rejection -> {
                    if (listed.size() < REJECTIONS_LISTED) {
                        listed.add(rejection);
                    }
                });
    }
}
