package io.github.motcua.io;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.motcua.InvalidValueException;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.unit.Unit;
import io.github.motcua.unit.UnitDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collector;
import org.jspecify.annotations.Nullable;

/**
 * Reads dossiers from CSV or JSON Lines, one record at a time, never holding the file in memory.
 *
 * <pre>{@code
 * DossierReader reader = DossierReader.builder(DossierFormat.CSV).units(unitCodes).build();
 * ReadSummary summary = reader.read(in, dossiers::add, rejection -> System.err.println(rejection));
 * }</pre>
 *
 * <p>Every record is either accepted or rejected with its record number, line, column, value and
 * reason: a cell that cannot be read as its column's type, a missing required value, a value that
 * breaks a rule of the model (such as an end before the receipt), a wrong number of cells, text
 * that is not UTF-8, a record longer than the limit, an id already read in the file, a unit or
 * procedure not in the master lists when they are given, and a CSV cell that a spreadsheet would
 * run as a formula. In lenient mode (the default) rejections go to their consumer and reading goes
 * on; in strict mode the first one stops the read with a {@link RejectedRecordException}. A header
 * that cannot be used stops the read with a {@link MalformedFileException}.
 *
 * <p>{@link #read(Path, Function, Collector, Consumer)} reads a file on several threads.
 *
 * <p>JSON is read without polymorphic typing, with limits on nesting (20 levels) and on the length
 * of numbers (20 digits). This class is immutable and thread-safe; each read keeps its own state.
 */
public final class DossierReader {
    /** The default limit on a record's length. */
    public static final int DEFAULT_MAX_RECORD_BYTES = 64 * 1024;

    /** The message of a builder's {@link NullPointerException}: the name of the field given null. */
    private static final Pattern FIELD_NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

    private final DossierFormat format;
    private final boolean strict;
    private final @Nullable Set<String> units;
    private final @Nullable UnitDirectory directory;
    private final @Nullable Set<String> procedures;
    private final int maxRecordBytes;
    private final RecordSplitter.Quotes quotes;
    private final List<Consumer<Dossier>> rules;
    private final ObjectMapper json;
    private final ObjectReader csv;
    private final int threads;
    private final long rangeBytes;
    private final long idMemoryBudget;
    private final @Nullable LongConsumer progress;

    private DossierReader(Builder builder) {
        this.format = builder.format;
        this.strict = builder.strict;
        this.units = builder.units;
        this.directory = builder.directory;
        this.procedures = builder.procedures;
        this.maxRecordBytes = builder.maxRecordBytes;
        this.quotes = format == DossierFormat.JSON_LINES
                ? RecordSplitter.Quotes.TEXT
                : builder.lineFeedsInCells ? RecordSplitter.Quotes.ACROSS_LINES : RecordSplitter.Quotes.WITHIN_LINE;
        this.rules = List.copyOf(builder.rules);
        this.threads = builder.threads;
        this.rangeBytes = builder.rangeBytes;
        this.idMemoryBudget = builder.idMemoryBudget;
        this.progress = builder.progress;
        this.json = RecordLoop.jsonMapper(maxRecordBytes);
        this.csv = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY).readerFor(String[].class);
    }

    /**
     * Returns a builder of readers that {@linkplain #validate validate records held in memory},
     * naming fields as the model does ({@code receivedAt}); such a reader also reads JSON Lines
     * files.
     *
     * @return a lenient builder without master lists
     */
    public static Builder forRecords() {
        return builder(DossierFormat.JSON_LINES);
    }

    /**
     * Returns a builder.
     *
     * @param format the file format
     * @return a lenient builder without master lists
     */
    public static Builder builder(DossierFormat format) {
        return new Builder(format);
    }

    /**
     * Reads every record.
     *
     * @param in the file's bytes, UTF-8
     * @param accepted receives each dossier accepted, in file order
     * @param rejected receives each rejection, in file order
     * @return the counts, which reconcile
     * @throws IOException if the stream cannot be read
     * @throws RejectedRecordException in strict mode, at the first rejection
     * @throws MalformedFileException if a CSV file has no usable header
     */
    public ReadSummary read(InputStream in, Consumer<Dossier> accepted, Consumer<Rejection> rejected)
            throws IOException {
        Objects.requireNonNull(accepted, "accepted");
        return readNumbered(in, (dossier, record, line) -> accepted.accept(dossier), rejected);
    }

    /** Receives an accepted dossier with its record number and the line on which the record starts. */
    @FunctionalInterface
    public interface NumberedConsumer {
        /**
         * Receives an accepted dossier.
         *
         * @param dossier the dossier
         * @param record the record's number, from 1 for the first record after any header
         * @param line the line on which the record starts, from 1
         */
        void accept(Dossier dossier, long record, long line);
    }

    /**
     * Reads every record, as {@link #read(InputStream, Consumer, Consumer)}, giving each accepted
     * dossier with its record number and line, as a rejection has them: for a caller that keeps
     * where each dossier came from, such as an engine that reads a file in parts.
     *
     * @param in the file's bytes, UTF-8
     * @param accepted receives each dossier accepted, in file order, with its record and line
     * @param rejected receives each rejection, in file order
     * @return the counts, which reconcile
     * @throws IOException if the stream cannot be read
     * @throws RejectedRecordException in strict mode, at the first rejection
     * @throws MalformedFileException if a CSV file has no usable header
     */
    public ReadSummary readNumbered(InputStream in, NumberedConsumer accepted, Consumer<Rejection> rejected)
            throws IOException {
        Objects.requireNonNull(accepted, "accepted");
        RecordSplitter records = new RecordSplitter(counted(in), quotes, maxRecordBytes);
        RecordLoop.Parser<Dossier> parser = format == DossierFormat.CSV ? csvParser(header(records)) : jsonParser();
        Set<String> ids = new HashSet<>();
        return RecordLoop.run(
                records,
                parser,
                dossier -> {
                    RecordLoop.Problem problem = problem(dossier);
                    return problem != null || ids.add(IdHashes.key(dossier.id())) ? problem : duplicate(dossier);
                },
                this::column,
                strict,
                accepted::accept,
                rejected);
    }

    /**
     * Counts the records and lines of a stream as {@link #read(InputStream, Consumer, Consumer)}
     * splits it, without reading the records: blank lines are not records, and a CSV header is a
     * record here. An engine that reads a file in parts on several machines ({@link
     * DossierRecords}) numbers each part's records and lines from the counts of the parts before
     * it, as a read of the whole file would.
     *
     * @param in the bytes, UTF-8
     * @return the number of records and of line feeds
     * @throws IOException if the stream cannot be read
     */
    public RecordCount count(InputStream in) throws IOException {
        RecordSplitter records = new RecordSplitter(in, quotes, maxRecordBytes);
        long number = 0;
        while (records.next()) {
            number++;
        }
        return new RecordCount(number, records.nextLine() - 1);
    }

    /**
     * Returns a reader of single records given as cells, with this reader's checks: for engines
     * that hand over one row at a time, such as Apache Spark.
     *
     * @return a new reader of records; not thread-safe
     */
    public DossierRecords records() {
        return new DossierRecords(
                csvParser(DossierRecords.HEADER), dossier -> problem(dossier, DossierReader::csvColumn));
    }

    /** The stream, counting its bytes to the progress consumer when there is one. */
    InputStream counted(InputStream in) {
        LongConsumer counted = progress;
        return counted == null ? in : new CountedStream(in, counted);
    }

    /**
     * Validates records held in memory, such as the rows of a one-stop system's own tables, as the
     * file readers validate records: each record goes through the mapping to a dossier, and is
     * accepted or rejected with its number, the dossier's id, the field, the value and the rule it
     * broke. The checks are the reader's: the model's rules, the master lists, the rules added to the
     * builder (such as {@code rules::deadline}, which rejects a dossier whose procedure has no
     * version on the day of receipt or whose dates lie outside the working calendar), and ids
     * already accepted.
     *
     * <pre>{@code
     * ReadSummary summary = DossierReader.forRecords()
     *         .units(directory)
     *         .procedures(procedureCodes)
     *         .rule(deadlineRules::deadline)
     *         .build()
     *         .validate(rows, Row::code, row -> Dossier.builder()
     *                 .id(row.code())
     *                 // ...
     *                 .build(), accepted::add, rejections::add);
     * }</pre>
     *
     * <p>What the mapping throws becomes the record's rejection, never the caller's: an {@link
     * InvalidValueException} (a rule of the model; a {@link io.github.motcua.MissingValueException}
     * for required fields not set) gives its field, value and rule; a {@link NullPointerException}
     * from a builder given null names the field; an {@link IllegalArgumentException}, {@link
     * IllegalStateException} or {@link java.time.DateTimeException} (a date the vendor's code could
     * not read) gives its message. A mapping that returns null is rejected too. Other exceptions are
     * faults of the mapping and reach the caller. Fields are named as in the model ({@code
     * receivedAt}); a rejection's line is 0.
     *
     * @param records the records, in their order; each is numbered from 1
     * @param idOf the id of the dossier a record is meant to be, for the rejections of records that
     *     do not map to a dossier; null or a failure gives none
     * @param mapping maps a record to its dossier, typically through {@link Dossier#builder()}
     * @param accepted receives each dossier accepted, in order
     * @param rejected receives each rejection, in order
     * @param <R> the type of the records
     * @return the counts, which reconcile
     * @throws RejectedRecordException in strict mode, at the first rejection
     */
    public <R> ReadSummary validate(
            Iterable<? extends R> records,
            Function<? super R, ? extends @Nullable String> idOf,
            Function<? super R, ? extends @Nullable Dossier> mapping,
            Consumer<Dossier> accepted,
            Consumer<Rejection> rejected) {
        return validate(records, record -> 0, idOf, mapping, UnaryOperator.identity(), accepted, rejected);
    }

    /**
     * Validates records, as {@link #validate(Iterable, Function, Function, Consumer, Consumer)}, with
     * their lines in a file and the file's names for the model's fields.
     */
    <R> ReadSummary validate(
            Iterable<? extends R> records,
            ToLongFunction<? super R> lineOf,
            Function<? super R, ? extends @Nullable String> idOf,
            Function<? super R, ? extends @Nullable Dossier> mapping,
            UnaryOperator<String> naming,
            Consumer<Dossier> accepted,
            Consumer<Rejection> rejected) {
        Objects.requireNonNull(idOf, "idOf");
        Objects.requireNonNull(mapping, "mapping");
        Set<String> ids = new HashSet<>();
        long read = 0;
        long rejections = 0;
        for (R record : records) {
            read++;
            Rejection rejection =
                    validate(read, lineOf.applyAsLong(record), record, idOf, mapping, naming, ids, accepted);
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

    /** Maps and checks one record: gives an accepted dossier to its consumer, or returns the rejection. */
    private <R> @Nullable Rejection validate(
            long number,
            long line,
            R record,
            Function<? super R, ? extends @Nullable String> idOf,
            Function<? super R, ? extends @Nullable Dossier> mapping,
            UnaryOperator<String> naming,
            Set<String> ids,
            Consumer<Dossier> accepted) {
        Dossier dossier;
        try {
            dossier = mapping.apply(record);
        } catch (InvalidValueException invalid) {
            return new Rejection(
                    number, line, idOf(record, idOf), naming.apply(invalid.field()), invalid.value(), invalid.rule());
        } catch (NullPointerException absent) {
            String message = String.valueOf(absent.getMessage());
            return FIELD_NAME.matcher(message).matches()
                    ? new Rejection(
                            number,
                            line,
                            idOf(record, idOf),
                            naming.apply(message),
                            "(null)",
                            "a required value is null")
                    : new Rejection(number, line, idOf(record, idOf), "", "", "the mapping failed: " + message);
        } catch (IllegalArgumentException | IllegalStateException | DateTimeException failed) {
            return new Rejection(
                    number, line, idOf(record, idOf), "", "", "the mapping failed: " + failed.getMessage());
        }
        if (dossier == null) {
            return new Rejection(number, line, idOf(record, idOf), "", "", "the mapping gave no dossier");
        }
        RecordLoop.Problem problem;
        try {
            problem = problem(dossier, naming);
        } catch (InvalidValueException invalid) {
            return new Rejection(
                    number, line, dossier.id(), naming.apply(invalid.field()), invalid.value(), invalid.rule());
        }
        if (problem == null && !ids.add(IdHashes.key(dossier.id()))) {
            problem = new RecordLoop.Problem(
                    naming.apply("id"), dossier.id(), "a dossier with this id was already accepted");
        }
        if (problem != null) {
            return new Rejection(number, line, dossier.id(), problem.column(), problem.value(), problem.reason());
        }
        accepted.accept(dossier);
        return null;
    }

    /** The id a record names for its rejection, or empty when it names none. */
    private static <R> String idOf(R record, Function<? super R, ? extends @Nullable String> idOf) {
        try {
            String id = idOf.apply(record);
            return id == null ? "" : id;
        } catch (RuntimeException unreadable) {
            return "";
        }
    }

    /**
     * Reads a file on several threads and collects what its accepted dossiers map to, as a parallel
     * stream would: the file is cut into byte ranges, each range is read and collected on its own,
     * and the ranges' containers are combined in file order.
     *
     * <pre>{@code
     * ReadResult<Map<String, Tally>> byUnit = reader.read(
     *         file,
     *         dossier -> Counted.inPeriod(dossier, period, classifier).orElse(null),
     *         Tally.groupingBy(counted -> counted.dossier().resolvingUnitCode()),
     *         rejections::add);
     * }</pre>
     *
     * <p>Each dossier that passes the reader's checks goes through the mapper, which may reject it
     * by throwing an {@link IllegalArgumentException} or a {@link java.time.DateTimeException} (such
     * as a procedure unknown on the day of receipt); then its id is checked against the other
     * accepted dossiers; then the mapper's value, unless null, is collected. The mapper, the rules
     * and the collector's functions are called from several threads, on dossiers in no particular
     * order across ranges; the mapper must be a pure function of the dossier.
     *
     * <p>Rejections are given to their consumer in file order, with their record and line numbers,
     * after the whole file has been read (they are held in memory until then); in strict mode the
     * first of them is thrown. The file's accepted ids are kept as 64-bit hashes (11 to 21 bytes a
     * dossier), in memory up to {@link Builder#idMemoryBudget} and past it in temporary files that
     * are merged after the read; when two hashes are equal, the file is read a second time to tell
     * duplicates from a collision, and the ranges that hold duplicates are read again, so that the
     * first record with an id is the one accepted, as when reading in one thread. A range that
     * begins inside a quoted cell (a line feed in a cell) is read twice more: once as before, to
     * know which id hashes it added, and once from where the range before it ended. Rules, mapper
     * and collector may run more than once for a record, on work that is then discarded.
     *
     * @param file the file, in this reader's format
     * @param mapper maps an accepted dossier to the value collected, or to null to collect nothing
     * @param collector collects the values; its combiner is called in file order
     * @param rejected receives each rejection, in file order, after the read
     * @param <T> the type of the values collected
     * @param <A> the collector's container
     * @param <R> the result
     * @return the collector's result and the counts, which reconcile
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if the path is not a regular file, such as a pipe
     * @throws RejectedRecordException in strict mode, for the first rejection in the file
     * @throws MalformedFileException if a CSV file has no usable header
     */
    public <T, A, R> ReadResult<R> read(
            Path file,
            Function<? super Dossier, ? extends @Nullable T> mapper,
            Collector<? super T, A, R> collector,
            Consumer<Rejection> rejected)
            throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " is not a regular file; read a stream or a pipe with"
                    + " read(InputStream, accepted, rejected)");
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long start = 0;
            long line = 1;
            Supplier<RecordLoop.Parser<Dossier>> parsers;
            if (format == DossierFormat.CSV) {
                RecordSplitter records =
                        new RecordSplitter(new ChannelRangeStream(channel, 0, Long.MAX_VALUE), quotes, maxRecordBytes);
                Map<DossierColumn, Integer> header = header(records);
                start = records.end();
                line = records.nextLine();
                parsers = () -> csvParser(header);
            } else {
                RecordLoop.Parser<Dossier> parser = jsonParser();
                parsers = () -> parser;
            }
            LongConsumer counted = progress == null ? bytes -> {} : progress;
            counted.accept(start);
            ParallelRead<T, A, R> read = new ParallelRead<>(
                    channel, quotes, maxRecordBytes, parsers, this::problem, this::column, mapper, collector, counted);
            return read.run(start, line, threads, rangeBytes, idMemoryBudget, strict, rejected);
        }
    }

    /** Reads a CSV header and returns where each column is. */
    private Map<DossierColumn, Integer> header(RecordSplitter records) throws IOException {
        if (!records.next()) {
            throw new MalformedFileException("the file is empty; a header row naming the columns is expected");
        }
        String problem = records.problem();
        if (problem != null) {
            throw new MalformedFileException("line " + records.line() + ", the header: " + problem);
        }
        if (records.to() > records.from() && records.bytes()[records.from()] == '{') {
            throw new MalformedFileException("line " + records.line() + ", the header: the line is a JSON object,"
                    + " not column names; the file looks like JSON Lines, to be read as JSON Lines (.jsonl)");
        }
        String[] names;
        try {
            Cells.requireUtf8(records.bytes(), records.from(), records.to());
            names = cells(
                    new String(records.bytes(), records.from(), records.to() - records.from(), StandardCharsets.UTF_8));
        } catch (Cells.BadCell bad) {
            throw new MalformedFileException("line " + records.line() + ", the header: " + bad.reason);
        }
        return header(records.line(), names);
    }

    private RecordLoop.Parser<Dossier> csvParser(Map<DossierColumn, Integer> header) {
        List<String> known = new ArrayList<>();
        known.addAll(units == null ? Set.of() : units);
        known.addAll(procedures == null ? Set.of() : procedures);
        return new CsvDossierParser(header, header.size(), json, known);
    }

    private RecordLoop.Parser<Dossier> jsonParser() {
        return RecordLoop.json(json.readerFor(Dossier.class));
    }

    private static String inForce(UnitDirectory directory, String code) {
        return directory.versions(code).stream()
                .map(unit -> unit.effectiveFrom()
                        + unit.effectiveUntil().map(until -> " to " + until).orElse(" on"))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private RecordLoop.Problem duplicate(Dossier dossier) {
        return new RecordLoop.Problem(
                column("id"), dossier.id(), "a dossier with this id was already accepted from the file");
    }

    /** Returns the column, value and reason when a dossier clashes with the master lists or the rules. */
    private RecordLoop.@Nullable Problem problem(Dossier dossier) {
        return problem(dossier, this::column);
    }

    /**
     * Returns the column or field, value and reason when a dossier clashes with the master lists or
     * the rules, naming the fields as {@code column} does.
     */
    private RecordLoop.@Nullable Problem problem(Dossier dossier, UnaryOperator<String> column) {
        if (units != null) {
            if (!units.contains(dossier.receivingUnitCode())) {
                return new RecordLoop.Problem(
                        column.apply("receivingUnitCode"),
                        dossier.receivingUnitCode(),
                        "no unit has this code in the units file");
            }
            if (!units.contains(dossier.resolvingUnitCode())) {
                return new RecordLoop.Problem(
                        column.apply("resolvingUnitCode"),
                        dossier.resolvingUnitCode(),
                        "no unit has this code in the units file");
            }
        }
        if (directory != null
                && directory
                        .inForce(dossier.receivingUnitCode(), dossier.receivedDate())
                        .isEmpty()) {
            return new RecordLoop.Problem(
                    column.apply("receivingUnitCode"),
                    dossier.receivingUnitCode(),
                    "unit " + dossier.receivingUnitCode() + " was not in force on " + dossier.receivedDate()
                            + ", the day of receipt (in force " + inForce(directory, dossier.receivingUnitCode())
                            + ")");
        }
        if (procedures != null && !procedures.contains(dossier.procedureCode())) {
            return new RecordLoop.Problem(
                    column.apply("procedureCode"),
                    dossier.procedureCode(),
                    "no procedure has this code in the procedures file");
        }
        for (Consumer<Dossier> rule : rules) {
            try {
                rule.accept(dossier);
            } catch (InvalidValueException invalid) {
                throw invalid;
            } catch (IllegalArgumentException | DateTimeException broken) {
                return new RecordLoop.Problem("", "", String.valueOf(broken.getMessage()));
            }
        }
        return null;
    }

    /** Names a model field as the format does: snake case in CSV, as it is in JSON Lines. */
    private String column(String field) {
        return format == DossierFormat.JSON_LINES ? field : csvColumn(field);
    }

    /** Names a model field as a CSV column: {@code receivedAt} is {@code received_at}. */
    static String csvColumn(String field) {
        int end = field.indexOf('[') < 0 ? field.length() : field.indexOf('[');
        return field.substring(0, end).replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT) + field.substring(end);
    }

    private String[] cells(String text) {
        try (MappingIterator<String[]> row = csv.readValues(text)) {
            String[] cells = row.hasNext() ? row.next() : new String[0];
            if (row.hasNext()) {
                throw new Cells.BadCell(
                        "",
                        "",
                        "a carriage return or a stray quote splits this record in two; quote the cell that holds it");
            }
            return cells;
        } catch (IOException | RuntimeException e) {
            throw new Cells.BadCell(
                    "",
                    "",
                    "the record is not valid CSV: "
                            + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }

    private static Map<DossierColumn, Integer> header(long line, String[] names) {
        Map<DossierColumn, Integer> columns = new EnumMap<>(DossierColumn.class);
        for (int i = 0; i < names.length; i++) {
            String name = names[i].strip().toLowerCase(Locale.ROOT);
            DossierColumn column = null;
            for (DossierColumn candidate : DossierColumn.values()) {
                if (candidate.header().equals(name)) {
                    column = candidate;
                }
            }
            if (column == null) {
                throw new MalformedFileException(
                        "line " + line + ", the header: unknown column '" + names[i] + "'; the columns are "
                                + List.of(DossierColumn.values()).stream()
                                        .map(DossierColumn::header)
                                        .toList());
            }
            if (columns.put(column, i) != null) {
                throw new MalformedFileException("line " + line + ", the header: column '" + name + "' appears twice");
            }
        }
        for (DossierColumn column : DossierColumn.values()) {
            if (column.isRequired() && !columns.containsKey(column)) {
                throw new MalformedFileException(
                        "line " + line + ", the header: the required column '" + column.header() + "' is missing");
            }
        }
        return columns;
    }

    /** Builds readers. */
    public static final class Builder {
        private final DossierFormat format;
        private boolean strict;
        private @Nullable Set<String> units;
        private @Nullable UnitDirectory directory;
        private @Nullable Set<String> procedures;
        private int maxRecordBytes = DEFAULT_MAX_RECORD_BYTES;
        private boolean lineFeedsInCells = true;
        private final List<Consumer<Dossier>> rules = new ArrayList<>();
        private int threads = Runtime.getRuntime().availableProcessors();
        private long rangeBytes = ParallelRead.DEFAULT_RANGE_BYTES;
        private long idMemoryBudget = IdHashes.defaultBudget();
        private @Nullable LongConsumer progress;

        private Builder(DossierFormat format) {
            this.format = Objects.requireNonNull(format, "format");
        }

        /**
         * Stops at the first rejection instead of collecting rejections.
         *
         * @param strict true for strict mode
         * @return this builder
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * Rejects dossiers whose receiving or resolving unit is not in the master list.
         *
         * @param codes the codes of every known unit
         * @return this builder
         */
        public Builder units(Collection<String> codes) {
            this.units = Set.copyOf(codes);
            this.directory = null;
            return this;
        }

        /**
         * Rejects dossiers whose receiving or resolving unit is not in the master data, and those
         * received by a unit not in force on the day of receipt, such as a district after 30 June
         * 2025 (the reason names the unit and its dates).
         *
         * @param directory the units with their dated versions
         * @return this builder
         */
        public Builder units(UnitDirectory directory) {
            this.units = directory.versions().stream().map(Unit::code).collect(java.util.stream.Collectors.toSet());
            this.directory = directory;
            return this;
        }

        /**
         * Rejects dossiers whose procedure is not in the master list.
         *
         * @param codes the codes of every known procedure
         * @return this builder
         */
        public Builder procedures(Collection<String> codes) {
            this.procedures = Set.copyOf(codes);
            return this;
        }

        /**
         * Adds a rule of the caller's: a dossier for which it throws an {@link
         * IllegalArgumentException} (such as a procedure without a version on the day of receipt,
         * which leaves the dossier without a deadline) or a {@link java.time.DateTimeException}
         * (such as a date outside the working calendar) is rejected with the exception's message.
         * Rules run after the master lists are checked, and must be thread-safe for parallel reads.
         *
         * @param rule the rule, run on every dossier that parsed
         * @return this builder
         */
        public Builder rule(Consumer<Dossier> rule) {
            rules.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * Sets the longest record accepted, in bytes; longer records are rejected.
         *
         * @param bytes the limit, at least 256
         * @return this builder
         * @throws IllegalArgumentException if the limit is below 256
         */
        public Builder maxRecordBytes(int bytes) {
            if (bytes < 256) {
                throw new IllegalArgumentException("the record limit must be at least 256 bytes: " + bytes);
            }
            this.maxRecordBytes = bytes;
            return this;
        }

        /**
         * Sets whether a quoted CSV cell may hold line feeds, as RFC 4180 allows and {@link
         * DossierWriter} writes them (true, the default). With false, every record is one line: a
         * quote not closed on its line rejects that line, and the lines after it are read as records
         * of their own. Use it for exports that never put a line feed in a cell: then no quote typed
         * by mistake can swallow the records after it, not even when a second one closes it at the
         * same column of a later line (the one case the recovery rule of docs/formats.md cannot tell
         * from a legitimate cell). JSON Lines records are always one line.
         *
         * @param allowed false to read every record as one line
         * @return this builder
         */
        public Builder lineFeedsInCells(boolean allowed) {
            this.lineFeedsInCells = allowed;
            return this;
        }

        /**
         * Sets how many threads read a file; the number of processors by default.
         *
         * @param threads the number of threads, at least 1
         * @return this builder
         * @throws IllegalArgumentException if the number is below 1
         */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("at least one thread reads a file: " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * Reports how far each read has come, for a progress bar: the consumer is given the number of
         * bytes taken in since its last call, as the reader takes them in (up to a megabyte at a time
         * from a file, what the stream gives at a time from a stream). Over a read, the amounts add
         * up to the bytes read: a file's size in a parallel read, whose ranges read again (see {@link
         * DossierReader#read(Path, Function, Collector, Consumer)}) are not counted twice. A parallel
         * read calls it from its reading threads at once, so it must be thread-safe, and cheap (such
         * as {@link java.util.concurrent.atomic.LongAdder#add}): it is called about once a megabyte,
         * never once a record.
         *
         * @param bytesRead receives the number of bytes read since its last call
         * @return this builder
         */
        public Builder progress(LongConsumer bytesRead) {
            this.progress = Objects.requireNonNull(bytesRead, "bytesRead");
            return this;
        }

        /**
         * Sets the memory that a parallel read of a file (see {@link DossierReader#read(Path,
         * Function, Collector, Consumer)}) may give to the hashes of the accepted ids, 8 bytes a
         * dossier in tables of a power of two of slots; a quarter of the heap's limit ({@code
         * -Xmx}) by default. Past it, the hashes are written, sorted, to temporary files in {@code
         * java.io.tmpdir} (8 bytes a dossier on disk, deleted when the read ends), and merged after
         * the file has been read: the result is the same, in bounded memory, whatever the number of
         * dossiers.
         *
         * @param bytes the budget, at least 32,768 bytes
         * @return this builder
         * @throws IllegalArgumentException if the budget is below 32,768 bytes
         */
        public Builder idMemoryBudget(long bytes) {
            if (bytes < IdHashes.MIN_BUDGET) {
                throw new IllegalArgumentException(
                        "the id memory budget must be at least " + IdHashes.MIN_BUDGET + " bytes: " + bytes);
            }
            this.idMemoryBudget = bytes;
            return this;
        }

        /** Sets the size of the byte ranges a file is cut into; for tests of small files. */
        Builder rangeBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("a byte range has at least one byte: " + bytes);
            }
            this.rangeBytes = bytes;
            return this;
        }

        /**
         * Builds the reader.
         *
         * @return the reader
         */
        public DossierReader build() {
            return new DossierReader(this);
        }
    }
}
