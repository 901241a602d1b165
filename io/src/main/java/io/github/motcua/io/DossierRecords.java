package io.github.motcua.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.io.json.MotcuaJson;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads dossiers one record at a time from the cells of the dossier CSV format ({@link
 * DossierColumn}, every column in order), with the checks of the reader that made it ({@link
 * DossierReader#records()}): for engines that hand over one row at a time, such as Apache Spark, or
 * that read the columns from a typed store such as Parquet. A record is accepted or rejected as the
 * same record in a CSV file would be, with the same column, value and reason; only the check of its
 * id against other records is left to the caller, who alone sees them all.
 *
 * <pre>{@code
 * DossierRecords records = DossierReader.builder(DossierFormat.CSV).units(directory).build().records();
 * Dossier dossier = records.read(cells, 12, 13); // or RejectedRecordException, naming record 12, line 13
 * List<String> again = DossierRecords.cells(dossier);
 * }</pre>
 *
 * <p>Not thread-safe: one per thread.
 */
public final class DossierRecords {
    /** Every column, in {@link DossierColumn} order: the layout of the cells read and written. */
    static final Map<DossierColumn, Integer> HEADER = header();

    private static final DossierCsv WRITER = new DossierCsv(MotcuaJson.mapper());

    private final RecordLoop.Parser<Dossier> parser;
    private final RecordLoop.Check<Dossier> check;
    private final RecordLoop.Placed<Dossier> keep = (dossier, record, line) -> accepted = dossier;
    private byte[] bytes = new byte[1024];
    private int length;
    private @Nullable Dossier accepted;

    DossierRecords(RecordLoop.Parser<Dossier> parser, Function<Dossier, RecordLoop.@Nullable Problem> check) {
        this.parser = parser;
        this.check = check::apply;
    }

    /**
     * Reads one record's cells into a dossier, with the model's rules and the reader's checks.
     *
     * @param cells the record's cells, one for each {@link DossierColumn} in order; null or empty
     *     for none
     * @param record the record's number, for its rejection
     * @param line the line on which it starts, for its rejection, or 0 when it does not come from a
     *     file's line
     * @return the dossier
     * @throws RejectedRecordException naming the record, its column, value and the rule it broke
     * @throws IllegalArgumentException if there are not as many cells as columns
     */
    public Dossier read(List<? extends @Nullable String> cells, long record, long line) {
        Objects.requireNonNull(cells, "cells");
        if (cells.size() != HEADER.size()) {
            throw new IllegalArgumentException(
                    "a dossier record has " + HEADER.size() + " cells, one for each column; got " + cells.size());
        }
        encode(cells);
        accepted = null;
        RecordLoop.Problem problem =
                RecordLoop.parse(bytes, 0, length, record, line, parser, check, DossierReader::csvColumn, keep);
        Dossier dossier = accepted;
        if (problem != null || dossier == null) {
            RecordLoop.Problem wrong = Objects.requireNonNull(problem);
            throw new RejectedRecordException(
                    new Rejection(record, line, wrong.column(), wrong.value(), wrong.reason()));
        }
        return dossier;
    }

    /**
     * Returns a dossier's cells, as the CSV writer writes them: one for each {@link DossierColumn}
     * in order, empty for none, spreadsheet-safe; {@link #read} reads them back to an equal dossier.
     *
     * @param dossier the dossier
     * @return its cells
     */
    public static List<String> cells(Dossier dossier) {
        Objects.requireNonNull(dossier, "dossier");
        try {
            return new ArrayList<>(WRITER.write(dossier).values());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the form in which readers compare dossiers' ids: two records whose ids have the same
     * key are the same dossier, and only the first one accepted is kept. The key is the id in
     * Unicode NFC, so that an id typed with combining marks and the same id precomposed are one
     * dossier; ids that differ in letter case stay distinct.
     *
     * @param id a dossier's id
     * @return its key
     */
    public static String idKey(String id) {
        return IdHashes.key(Objects.requireNonNull(id, "id"));
    }

    /** Writes the cells as one CSV record, quoting those that need it, into the buffer. */
    private void encode(List<? extends @Nullable String> cells) {
        length = 0;
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                put((byte) ',');
            }
            String cell = cells.get(i);
            if (cell == null || cell.isEmpty()) {
                continue;
            }
            byte[] text = cell.getBytes(StandardCharsets.UTF_8);
            boolean quoted = needsQuotes(text);
            if (quoted) {
                put((byte) '"');
            }
            for (byte b : text) {
                if (b == '"') {
                    put(b);
                }
                put(b);
            }
            if (quoted) {
                put((byte) '"');
            }
        }
    }

    private static boolean needsQuotes(byte[] text) {
        for (byte b : text) {
            if (b == '"' || b == ',' || b == '\n' || b == '\r') {
                return true;
            }
        }
        return false;
    }

    private void put(byte b) {
        if (length == bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        bytes[length++] = b;
    }

    private static Map<DossierColumn, Integer> header() {
        Map<DossierColumn, Integer> header = new EnumMap<>(DossierColumn.class);
        for (DossierColumn column : DossierColumn.values()) {
            header.put(column, column.ordinal());
        }
        return header;
    }
}
