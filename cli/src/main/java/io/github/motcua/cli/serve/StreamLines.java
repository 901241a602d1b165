package io.github.motcua.cli.serve;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.motcua.deadline.DeadlineFinding;
import io.github.motcua.io.ReadSummary;
import io.github.motcua.io.Rejection;
import io.github.motcua.timeliness.Verdict;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * The JSON Lines that {@code POST /v1/verdicts} streams out, one line as each record is read: a
 * verdict with its record number, a rejection, a problem that stopped the read, and the summary
 * last. A verdict holds the columns of the verdicts file ({@code VerdictWriter}, docs/formats.md) in
 * the values' JSON forms. Not thread-safe.
 */
final class StreamLines implements Closeable {
    private final JsonGenerator json;

    StreamLines(OutputStream out) throws IOException {
        this.json = Exchange.JSON.createGenerator(out);
        json.setRootValueSeparator(null); // each line ends with a line feed and nothing more
    }

    /** {@code {"record":N,"verdict":{…}}}. */
    void verdict(long record, Verdict verdict) throws IOException {
        json.writeStartObject();
        json.writeNumberField("record", record);
        json.writeObjectFieldStart("verdict");
        json.writeStringField("dossierId", verdict.dossierId());
        json.writeStringField("reportDate", verdict.reportDate().toString());
        json.writeStringField("class", verdict.timeliness().name());
        json.writeStringField("adjustedClass", verdict.adjusted().name());
        if (verdict.dueDate().isPresent()) {
            json.writeStringField(
                    "dueDate", verdict.dueDate().map(LocalDate::toString).orElseThrow());
        }
        if (verdict.end().isPresent()) {
            json.writeStringField("end", verdict.end().map(Instant::toString).orElseThrow());
        }
        json.writeNumberField("latenessWorkingDays", verdict.latenessWorkingDays());
        if (verdict.excusalReason().isPresent()) {
            json.writeStringField("excusalReason", verdict.excusalReason().orElseThrow());
        }
        json.writeStringField("rule", verdict.rule());
        json.writeArrayFieldStart("findings");
        for (DeadlineFinding finding : verdict.findings()) {
            json.writeStartObject();
            json.writeStringField("kind", finding.kind().name());
            json.writeStringField("detail", finding.detail());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        end();
    }

    /** {@code {"rejection":{…}}}: the record, its line, the column, the value and the rule it broke. */
    void rejection(Rejection rejection) throws IOException {
        line("rejection", rejection);
    }

    /** {@code {"summary":{"read":…,"accepted":…,"rejected":…}}}: the counts, which reconcile. */
    void summary(ReadSummary summary) throws IOException {
        line("summary", summary);
    }

    /** {@code {"problem":{…}}}: what stopped the read, as a problem's JSON. */
    void problem(Map<String, Object> problem) throws IOException {
        line("problem", problem);
    }

    private void line(String member, Object value) throws IOException {
        json.writeStartObject();
        json.writeObjectField(member, value);
        end();
    }

    private void end() throws IOException {
        json.writeEndObject();
        json.writeRaw('\n');
    }

    @Override
    public void close() throws IOException {
        json.close();
    }
}
