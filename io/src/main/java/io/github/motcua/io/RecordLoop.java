package io.github.motcua.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.motcua.InvalidValueException;
import io.github.motcua.io.json.MotcuaJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The one loop of every reader: each record is parsed and checked, then accepted or rejected; in
 * strict mode the first rejection stops the read. The counts it returns reconcile by construction.
 */
final class RecordLoop {
    /** Turns a record's bytes into a value; throws {@link Cells.BadCell} or {@link InvalidValueException}. */
    @FunctionalInterface
    interface Parser<T> {
        T parse(byte[] bytes, int from, int to);
    }

    /** Checks a parsed value against the rest of the file, such as its id against earlier ones. */
    @FunctionalInterface
    interface Check<T> {
        /** Returns what is wrong, or null to accept. */
        @Nullable
        Problem check(T value);

        /** Returns what is wrong with the value on a line, or null to accept; for checks that name lines. */
        default @Nullable Problem check(T value, long line) {
            return check(value);
        }
    }

    /** Receives an accepted value with its record number and the line on which it starts. */
    @FunctionalInterface
    interface Placed<T> {
        void accept(T value, long record, long line);
    }

    /** What is wrong with a record that parsed. */
    record Problem(String column, String value, String reason) {}

    private RecordLoop() {}

    static <T> ReadSummary run(
            RecordSplitter records,
            Parser<T> parser,
            Check<T> check,
            UnaryOperator<String> columnOfField,
            boolean strict,
            Consumer<T> accepted,
            Consumer<Rejection> rejected)
            throws IOException {
        return run(
                records,
                parser,
                check,
                columnOfField,
                strict,
                (value, record, line) -> accepted.accept(value),
                rejected);
    }

    /** Reads every record, as {@link #run}, giving each accepted value with its record number and line. */
    static <T> ReadSummary run(
            RecordSplitter records,
            Parser<T> parser,
            Check<T> check,
            UnaryOperator<String> columnOfField,
            boolean strict,
            Placed<T> accepted,
            Consumer<Rejection> rejected)
            throws IOException {
        long read = 0;
        long rejections = 0;
        while (records.next()) {
            read++;
            Rejection rejection = record(records, read, parser, check, columnOfField, accepted);
            if (rejection != null) {
                rejections++;
                if (strict) {
                    throw new RejectedRecordException(rejection);
                }
                rejected.accept(rejection);
            }
        }
        return new ReadSummary(read, read - rejections, rejections);
    }

    /**
     * Parses and checks the splitter's current record: gives an accepted value to its consumer and
     * returns null, or returns the record's rejection.
     */
    static <T> @Nullable Rejection record(
            RecordSplitter records,
            long number,
            Parser<T> parser,
            Check<T> check,
            UnaryOperator<String> columnOfField,
            Placed<T> accepted) {
        String split = records.problem();
        Problem problem = split != null
                ? new Problem("", "", split)
                : parse(
                        records.bytes(),
                        records.from(),
                        records.to(),
                        number,
                        records.line(),
                        parser,
                        check,
                        columnOfField,
                        accepted);
        return problem == null ? null : spanning(records, number, problem.column(), problem.value(), problem.reason());
    }

    /**
     * Parses and checks one record's bytes: gives an accepted value to its consumer and returns
     * null, or returns what is wrong, with the column named as {@code columnOfField} names it.
     */
    static <T> @Nullable Problem parse(
            byte[] bytes,
            int from,
            int to,
            long number,
            long line,
            Parser<T> parser,
            Check<T> check,
            UnaryOperator<String> columnOfField,
            Placed<T> accepted) {
        try {
            T value = parser.parse(bytes, from, to);
            Problem broken = check.check(value, line);
            if (broken == null) {
                accepted.accept(value, number, line);
            }
            return broken;
        } catch (Cells.BadCell bad) {
            return new Problem(bad.column, bad.value, bad.reason);
        } catch (InvalidValueException invalid) {
            return new Problem(columnOfField.apply(invalid.field()), invalid.value(), invalid.rule());
        }
    }

    /**
     * The rejection of the current record; when it runs over several lines (a quote opened by
     * mistake can swallow the records after it), the lines after its first are read again as
     * records of their own, and the rejection says so.
     */
    private static Rejection spanning(RecordSplitter records, long number, String column, String value, String reason) {
        long line = records.line();
        long last = records.rereadAfterFirstLine();
        return new Rejection(
                number,
                line,
                column,
                value,
                last == 0
                        ? reason
                        : reason + " (the record runs over " + (last - line + 1)
                                + " lines; the lines after its first are read again as records of their own)");
    }

    /** A parser of JSON records, one object per line. */
    static <T> Parser<T> json(ObjectReader reader) {
        return (bytes, from, to) -> {
            Cells.requireUtf8(bytes, from, to);
            return json(reader, new String(bytes, from, to - from, StandardCharsets.UTF_8));
        };
    }

    /**
     * Returns the JSON mapper every reader uses: instants may be local Vietnam time; nesting is
     * limited to 20 levels, numbers to 20 digits and strings to the record limit.
     */
    static JsonMapper jsonMapper(int maxRecordBytes) {
        JsonMapper json = MotcuaJson.mapperAcceptingLocalTimes();
        // Names such as "online" are read in any letter case, as the CSV reader reads them.
        json.setConfig(json.getDeserializationConfig().with(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS));
        json.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(20)
                        .maxNumberLength(20)
                        .maxStringLength(maxRecordBytes)
                        .build());
        return json;
    }

    /** Reads one JSON record, reporting a broken rule of the model or the field at fault. */
    static <T> T json(ObjectReader reader, String text) {
        try {
            T value = reader.readValue(text);
            if (value == null) {
                throw new Cells.BadCell("", text, "a JSON object is expected");
            }
            return value;
        } catch (JsonProcessingException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof InvalidValueException invalid) {
                    throw invalid;
                }
            }
            throw new Cells.BadCell(JsonProblems.field(e), "", JsonProblems.describe(e));
        } catch (IOException e) {
            throw new Cells.BadCell("", "", "the record cannot be read: " + e.getMessage());
        }
    }
}
