package io.github.motcua.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.motcua.InvalidValueException;
import io.github.motcua.VietnamTime;
import io.github.motcua.dossier.Channel;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.Outcome;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads a one-stop system's own export (CSV, or an Excel workbook) through an {@link ExportMapping}, with the checks and
 * rejections of a {@link DossierReader}: each row is accepted as a dossier or rejected with its
 * row number, line, the export's column, the value and the rule it broke, and the counts reconcile.
 *
 * <pre>{@code
 * ExportMapping mapping = ExportMapping.read(Files.newInputStream(Path.of("vendor.json")));
 * ReadSummary summary = ExportReader.of(mapping)
 *         .read(Files.newInputStream(export), DossierReader.forRecords().units(units).build(), dossiers::add, rejections::add);
 * }</pre>
 *
 * <p>The text is decoded in the mapping's encoding, and a byte that is not text in it stops the
 * read naming the line (the mapping's encoding is then wrong). Rows before the header are skipped,
 * such as a title and blank lines: <b>the header row is the first row that holds every column the
 * mapping names</b> (compared in NFC, ignoring letter case and edge spaces). Columns the mapping
 * does not name are ignored; blank rows are not records. Cells are read in NFC, so that a
 * windows-1258 export (which writes tone marks as combining characters) gives the same ids and
 * codes as a UTF-8 one. Quoting follows CSV; a quote that is never closed stops the read naming its
 * line, since the rows after it cannot be told apart.
 *
 * <p>This class is immutable and thread-safe; each read keeps its own state.
 */
public final class ExportReader {
    /** How many rows may come before the header row. */
    static final int MAX_ROWS_BEFORE_HEADER = 100;

    private final ExportMapping mapping;

    private ExportReader(ExportMapping mapping) {
        this.mapping = mapping;
    }

    /**
     * Returns a reader of exports in a mapping.
     *
     * @param mapping the mapping
     * @return the reader
     */
    public static ExportReader of(ExportMapping mapping) {
        return new ExportReader(Objects.requireNonNull(mapping, "mapping"));
    }

    /**
     * Reads every row of a CSV export.
     *
     * @param in the export's bytes, in the mapping's encoding
     * @param reader the reader whose checks apply (master lists, rules, strict mode) and whose
     *     progress consumer is given the bytes read
     * @param accepted receives each dossier accepted, in row order
     * @param rejected receives each rejection, in row order
     * @return the counts, which reconcile
     * @throws IOException if the stream cannot be read
     * @throws MalformedFileException if no header row holds the mapping's columns, the text is not
     *     in the mapping's encoding, or a quote is never closed
     * @throws RejectedRecordException in strict mode, at the first rejection
     */
    public ReadSummary read(
            InputStream in, DossierReader reader, Consumer<Dossier> accepted, Consumer<Rejection> rejected)
            throws IOException {
        try (Rows rows = new Rows(reader.counted(in))) {
            return read(rows, reader, accepted, rejected);
        }
    }

    /**
     * Reads every row of an export file: an Excel workbook ({@code .xlsx}: the mapping's sheet, or
     * the first), streaming, or else a CSV file.
     *
     * <p>The reader's progress consumer is given the bytes of the sheet's XML as they are read (more
     * than the file's size, which is compressed). In a workbook, a cell formatted as a date or a time
     * is read as the time it holds, in Vietnam
     * (so the patterns apply only to cells that hold text); a number is read as its plain digits. A
     * date-only column such as the appointment date may hold dates with a time of day.
     *
     * @param file the export
     * @param reader the reader whose checks apply (master lists, rules, strict mode)
     * @param accepted receives each dossier accepted, in row order
     * @param rejected receives each rejection, in row order
     * @return the counts, which reconcile
     * @throws IOException if the file cannot be read
     * @throws MalformedFileException if the file is not a workbook or CSV text, has no such sheet, or no
     *     header row holds the mapping's columns
     * @throws RejectedRecordException in strict mode, at the first rejection
     */
    public ReadSummary read(Path file, DossierReader reader, Consumer<Dossier> accepted, Consumer<Rejection> rejected)
            throws IOException {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, reader, accepted, rejected);
            }
        }
        try (SheetRows rows = new SheetRows(file, mapping.sheet().orElse(null), mapping.instants(), reader::counted)) {
            return read(rows, reader, accepted, rejected);
        }
    }

    private ReadSummary read(
            Iterator<Row> rows, DossierReader reader, Consumer<Dossier> accepted, Consumer<Rejection> rejected)
            throws IOException {
        try {
            Map<ExportMapping.Field, Integer> header = header(rows);
            return reader.validate(
                    () -> rows,
                    Row::line,
                    row -> cell(row, header, ExportMapping.Field.ID),
                    row -> dossier(row, header),
                    this::columnName,
                    accepted,
                    rejected);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The export's name of a model field in rejections: its column header, or where its constant comes from. */
    private String columnName(String field) {
        for (Map.Entry<ExportMapping.Field, String> column : mapping.columns().entrySet()) {
            if (column.getKey().key().equals(field)
                    || (column.getKey() == ExportMapping.Field.STATUS && field.equals("outcome"))) {
                return column.getValue();
            }
        }
        for (ExportMapping.Field constant : mapping.constants().keySet()) {
            if (constant.key().equals(field)) {
                return field + " (the mapping's constant)";
            }
        }
        return field;
    }

    /** Finds the header row: the first that holds every column the mapping names. */
    private Map<ExportMapping.Field, Integer> header(Iterator<Row> rows) {
        for (int seen = 0; seen < MAX_ROWS_BEFORE_HEADER && rows.hasNext(); seen++) {
            Row row = rows.next();
            Map<ExportMapping.Field, Integer> header = new EnumMap<>(ExportMapping.Field.class);
            for (Map.Entry<ExportMapping.Field, String> column :
                    mapping.columns().entrySet()) {
                String wanted = ExportMapping.key(column.getValue());
                for (int i = 0; i < row.cells().size(); i++) {
                    if (ExportMapping.key(row.cells().get(i)).equals(wanted)) {
                        header.put(column.getKey(), i);
                        break;
                    }
                }
            }
            if (header.size() == mapping.columns().size()) {
                return header;
            }
        }
        throw new MalformedFileException("no row among the first " + MAX_ROWS_BEFORE_HEADER
                + " holds every column of the mapping ("
                + String.join(", ", mapping.columns().values())
                + "); check the headers' spelling, or the mapping's encoding");
    }

    private @Nullable String cell(Row row, Map<ExportMapping.Field, Integer> header, ExportMapping.Field field) {
        String constant = mapping.constants().get(field);
        if (constant != null) {
            return constant;
        }
        Integer index = header.get(field);
        if (index == null
                || index >= row.cells().size()
                || row.cells().get(index).isBlank()) {
            return null;
        }
        return row.cells().get(index).strip();
    }

    /** Builds a row's dossier; a cell that cannot be read is an {@link InvalidValueException} naming its field. */
    private Dossier dossier(Row row, Map<ExportMapping.Field, Integer> header) {
        String cellId = cell(row, header, ExportMapping.Field.ID);
        Dossier.Builder dossier = Dossier.builder();
        if (cellId != null) {
            dossier.id(cellId);
        }
        String id = Objects.requireNonNullElse(cellId, "");
        String text;
        if ((text = cell(row, header, ExportMapping.Field.PROCEDURE_CODE)) != null) {
            dossier.procedureCode(text);
        }
        if ((text = cell(row, header, ExportMapping.Field.RECEIVING_UNIT_CODE)) != null) {
            dossier.receivingUnitCode(text);
        }
        if ((text = cell(row, header, ExportMapping.Field.RESOLVING_UNIT_CODE)) != null) {
            dossier.resolvingUnitCode(text);
        }
        if ((text = cell(row, header, ExportMapping.Field.CHANNEL)) != null) {
            dossier.channel(channel(id, text));
        }
        if ((text = cell(row, header, ExportMapping.Field.RECEIVED_AT)) != null) {
            dossier.receivedAt(time(id, "receivedAt", text));
        }
        if ((text = cell(row, header, ExportMapping.Field.APPOINTMENT_DATE)) != null) {
            String date = text;
            try {
                dossier.appointmentDate(date(date));
            } catch (DateTimeParseException e) {
                throw new InvalidValueException(
                        "Dossier", id, "appointmentDate", date, "a date as " + mapping.datePattern() + " is expected");
            }
        }
        if ((text = cell(row, header, ExportMapping.Field.STATUS)) != null) {
            status(id, text).ifPresent(dossier::outcome);
        }
        if ((text = cell(row, header, ExportMapping.Field.RESULT_READY_AT)) != null) {
            dossier.resultReadyAt(time(id, "resultReadyAt", text));
        }
        if ((text = cell(row, header, ExportMapping.Field.RETURNED_AT)) != null) {
            dossier.returnedAt(time(id, "returnedAt", text));
        }
        return dossier.build();
    }

    /** Reads a cell's date in the mapping's date pattern, or in its time pattern (a spreadsheet's date with a time). */
    private LocalDate date(String text) {
        try {
            return VietnamTime.parseDate(text, mapping.dates());
        } catch (DateTimeParseException notADate) {
            try {
                return LocalDateTime.parse(text, mapping.instants()).toLocalDate();
            } catch (DateTimeParseException notATime) {
                throw notADate;
            }
        }
    }

    /** Reads a cell's time in the mapping's pattern. */
    private Instant time(String id, String field, String text) {
        try {
            return VietnamTime.parseInstant(text, mapping.instants());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(
                    "Dossier", id, field, text, "a time as " + mapping.instantPattern() + " is expected");
        }
    }

    private Channel channel(String id, String word) {
        Channel channel = mapping.channels().get(ExportMapping.key(word));
        if (channel == null) {
            throw new InvalidValueException(
                    "Dossier",
                    id,
                    "channel",
                    word,
                    "not one of the mapping's channel words "
                            + mapping.channels().keySet());
        }
        return channel;
    }

    private Optional<Outcome> status(String id, String word) {
        Optional<Outcome> status = mapping.statuses().get(ExportMapping.key(word));
        if (status == null) {
            throw new InvalidValueException(
                    "Dossier",
                    id,
                    "outcome",
                    word,
                    "not one of the mapping's status words "
                            + mapping.statuses().keySet());
        }
        return status;
    }

    /** A row: the line it starts on and its cells, in NFC. */
    record Row(long line, List<String> cells) {}

    /** The export's non-blank rows, decoded and split as CSV, read as they are asked for. */
    private final class Rows extends ExportRows {
        private final JsonParser parser;

        Rows(InputStream in) throws IOException {
            Reader text = new BufferedReader(new InputStreamReader(
                    in,
                    mapping.encoding()
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)));
            if (mapping.encoding().equals(StandardCharsets.UTF_8)) {
                text.mark(1);
                try {
                    if (text.read() != '\uFEFF') {
                        text.reset();
                    }
                } catch (CharacterCodingException e) {
                    throw notInEncoding(1);
                }
            }
            CsvParser csv = new CsvFactory().createParser(text);
            csv.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            this.parser = csv;
        }

        @Override
        @Nullable
        Row read() {
            try {
                while (true) {
                    JsonToken token = parser.nextToken();
                    if (token == null) {
                        return null;
                    }
                    if (token == JsonToken.START_ARRAY
                            && parser.getParsingContext().getParent().inArray()) {
                        long line = 0;
                        List<String> cells = new ArrayList<>();
                        while (parser.nextToken() != JsonToken.END_ARRAY) {
                            if (cells.isEmpty()) {
                                line = parser.currentTokenLocation().getLineNr(); // the row's first cell
                            }
                            cells.add(Normalizer.normalize(parser.getText(), Normalizer.Form.NFC));
                        }
                        if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                            return new Row(line, List.copyOf(cells));
                        }
                    }
                }
            } catch (CharacterCodingException e) {
                throw new MalformedFileException(
                        "near line " + parser.currentLocation().getLineNr()
                                + ": the export is not "
                                + mapping.encoding().name().toLowerCase(Locale.ROOT)
                                + " text; give the file's encoding in the mapping (\"encoding\": UTF-8, UTF-16 or windows-1258)");
            } catch (JsonProcessingException e) {
                throw new MalformedFileException(
                        "line " + parser.currentLocation().getLineNr() + ": the export is not valid CSV ("
                                + JsonProblems.describe(e) + ")");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private MalformedFileException notInEncoding(long line) {
            return new MalformedFileException("near line " + line + ": the export is not "
                    + mapping.encoding().name().toLowerCase(Locale.ROOT)
                    + " text; give the file's encoding in the mapping (\"encoding\": UTF-8, UTF-16 or windows-1258)");
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }
    }
}
