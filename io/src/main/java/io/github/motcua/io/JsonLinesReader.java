package io.github.motcua.io;

import com.fasterxml.jackson.databind.ObjectReader;
import io.github.motcua.excusal.ExcusalInterval;
import io.github.motcua.feedback.FeedbackItem;
import io.github.motcua.unit.Unit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads the master files, one JSON value per line: units, procedures, excusal intervals and unit
 * facts. Like {@link DossierReader}, every line is accepted or rejected with its number, field and
 * reason, a key repeated in the file is rejected the second time (for units: a version that
 * overlaps another of its code), and a strict reader stops at the first rejection.
 *
 * <pre>{@code
 * List<Unit> units = JsonLinesReader.units().strict(true).readAll(in);
 * }</pre>
 *
 * @param <T> the type of value on each line
 */
public final class JsonLinesReader<T> {
    private final Class<T> type;
    private final Supplier<RecordLoop.Check<T>> checks;
    private final boolean strict;

    private JsonLinesReader(Class<T> type, Supplier<RecordLoop.Check<T>> checks, boolean strict) {
        this.type = type;
        this.checks = checks;
        this.strict = strict;
    }

    private static <T> Supplier<RecordLoop.Check<T>> onceEach(Function<T, String> key, String keyName) {
        return () -> {
            Set<String> keys = new HashSet<>();
            return value -> keys.add(key.apply(value))
                    ? null
                    : new RecordLoop.Problem(keyName, key.apply(value), "already read in the file");
        };
    }

    /**
     * Returns a reader of units: a code may have several dated versions (the two-level local
     * government of 1 July 2025 ended some units and renamed others), and a version that overlaps
     * an earlier one of its code is rejected naming both lines.
     *
     * @return the reader
     */
    public static JsonLinesReader<Unit> units() {
        return new JsonLinesReader<>(Unit.class, UnitVersions::new, false);
    }

    /**
     * Returns a reader of procedure versions, each code and date once.
     *
     * @return the reader
     */
    public static JsonLinesReader<ProcedureVersion> procedures() {
        return new JsonLinesReader<>(
                ProcedureVersion.class,
                onceEach(version -> version.procedure().code() + " from " + version.effectiveFrom(), "procedure.code"),
                false);
    }

    /**
     * Returns a reader of excusal intervals.
     *
     * @return the reader
     */
    public static JsonLinesReader<ExcusalInterval> excusals() {
        return new JsonLinesReader<>(ExcusalInterval.class, () -> value -> null, false);
    }

    /**
     * Returns a reader of feedback items (phản ánh, kiến nghị), each id once: the data of the
     * feedback report ({@code FeedbackReport.of}) and of indicator 8 ({@code FeedbackHandling.ofUnit}).
     *
     * @return the reader
     */
    public static JsonLinesReader<FeedbackItem> feedbackItems() {
        return new JsonLinesReader<>(FeedbackItem.class, onceEach(FeedbackItem::id, "id"), false);
    }

    /**
     * Returns a reader of unit facts, each unit once.
     *
     * @return the reader
     */
    public static JsonLinesReader<UnitFacts> unitFacts() {
        return new JsonLinesReader<>(UnitFacts.class, onceEach(UnitFacts::unitCode, "unitCode"), false);
    }

    /**
     * Returns the same reader in strict or lenient mode.
     *
     * @param strict true to stop at the first rejection
     * @return the reader
     */
    public JsonLinesReader<T> strict(boolean strict) {
        return new JsonLinesReader<>(type, checks, strict);
    }

    /**
     * Reads every line.
     *
     * @param in the file's bytes, UTF-8
     * @param accepted receives each value accepted, in file order
     * @param rejected receives each rejection, in file order
     * @return the counts, which reconcile
     * @throws IOException if the stream cannot be read
     * @throws RejectedRecordException in strict mode, at the first rejection
     */
    public ReadSummary read(InputStream in, Consumer<T> accepted, Consumer<Rejection> rejected) throws IOException {
        ObjectReader reader =
                RecordLoop.jsonMapper(DossierReader.DEFAULT_MAX_RECORD_BYTES).readerFor(type);
        return RecordLoop.run(
                new RecordSplitter(in, RecordSplitter.Quotes.TEXT, DossierReader.DEFAULT_MAX_RECORD_BYTES),
                RecordLoop.json(reader),
                checks.get(),
                field -> field,
                strict,
                accepted,
                rejected);
    }

    /**
     * Reads every line in strict mode.
     *
     * @param in the file's bytes, UTF-8
     * @return the values, in file order
     * @throws IOException if the stream cannot be read
     * @throws RejectedRecordException at the first line that is rejected
     */
    public List<T> readAll(InputStream in) throws IOException {
        List<T> values = new ArrayList<>();
        strict(true).read(in, values::add, rejection -> {});
        return values;
    }

    /**
     * Reads every line of a file in strict mode.
     *
     * @param file the file, UTF-8
     * @return the values, in file order
     * @throws IOException if the file cannot be read
     * @throws RejectedRecordException at the first line that is rejected
     */
    public List<T> readAll(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return readAll(in);
        }
    }
}
