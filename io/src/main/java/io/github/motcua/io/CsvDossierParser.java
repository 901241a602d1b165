package io.github.motcua.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.motcua.dossier.Channel;
import io.github.motcua.dossier.Complaint;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierExcusal;
import io.github.motcua.dossier.Evaluation;
import io.github.motcua.dossier.Extension;
import io.github.motcua.dossier.HandlingStep;
import io.github.motcua.dossier.Outcome;
import io.github.motcua.dossier.SupplementRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one CSV record's bytes into a dossier, cell by cell, without a string for every cell: codes
 * are shared strings, instants and dates are read from the bytes. Not thread-safe: one per thread.
 */
final class CsvDossierParser implements RecordLoop.Parser<Dossier> {
    private static final DossierColumn[] COLUMNS = DossierColumn.values();
    private static final Channel[] CHANNELS = Channel.values();
    private static final Outcome[] OUTCOMES = Outcome.values();

    private final int width;
    private final int[] cellOf = new int[COLUMNS.length];
    private final DossierColumn[] columnAt;
    private final byte[][] sources;
    private final int[] starts;
    private final int[] ends;
    private byte[] scratch = new byte[1024];
    private int scratchUsed;
    private final CodeInterner codes;
    private final ObjectReader supplements;
    private final ObjectReader extensions;
    private final ObjectReader steps;
    private final ObjectReader evaluations;
    private final ObjectReader complaints;
    private final Dossier.Builder dossier = Dossier.builder();

    CsvDossierParser(Map<DossierColumn, Integer> header, int width, ObjectMapper json, Iterable<String> knownCodes) {
        this.width = width;
        this.codes = new CodeInterner(knownCodes);
        this.columnAt = new DossierColumn[width];
        this.sources = new byte[width][];
        this.starts = new int[width];
        this.ends = new int[width];
        Arrays.fill(cellOf, -1);
        header.forEach((column, index) -> {
            cellOf[column.ordinal()] = index;
            columnAt[index] = column;
        });
        this.supplements = json.readerFor(new TypeReference<List<SupplementRequest>>() {});
        this.extensions = json.readerFor(new TypeReference<List<Extension>>() {});
        this.steps = json.readerFor(new TypeReference<List<HandlingStep>>() {});
        this.evaluations = json.readerFor(new TypeReference<List<Evaluation>>() {});
        this.complaints = json.readerFor(new TypeReference<List<Complaint>>() {});
    }

    @Override
    public Dossier parse(byte[] bytes, int from, int to) {
        Cells.requireUtf8(bytes, from, to);
        long formulas = split(bytes, from, to);
        if (formulas != 0) {
            for (DossierColumn column : COLUMNS) {
                int cell = cellOf[column.ordinal()];
                if (cell >= 0 && (formulas & (1L << cell)) != 0) {
                    Cells.read(column.header(), cellText(cell)); // throws, naming the first such column
                }
            }
        }
        for (DossierColumn column : COLUMNS) {
            if (column.isRequired() && isEmpty(column)) {
                throw new Cells.BadCell(column.header(), "", "a value is required");
            }
        }
        // One builder for every record: each of the dossier's attributes is set again below, so that
        // nothing of the record before is left, and a record costs no builder and no lists.
        Dossier.Builder dossier = this.dossier
                .id(text(DossierColumn.ID))
                .procedureCode(code(DossierColumn.PROCEDURE_CODE))
                .receivingUnitCode(code(DossierColumn.RECEIVING_UNIT_CODE))
                .resolvingUnitCode(code(DossierColumn.RESOLVING_UNIT_CODE))
                .channel(constant(DossierColumn.CHANNEL, CHANNELS, Channel.class))
                .receivedAt(instant(DossierColumn.RECEIVED_AT));
        if (isEmpty(DossierColumn.APPOINTMENT_DATE)) {
            dossier.appointmentDate(Optional.empty());
        } else {
            int cell = cellOf[DossierColumn.APPOINTMENT_DATE.ordinal()];
            dossier.appointmentDate(
                    Cells.date(DossierColumn.APPOINTMENT_DATE.header(), sources[cell], starts[cell], ends[cell]));
        }
        dossier.outcome(
                isEmpty(DossierColumn.OUTCOME)
                        ? Optional.empty()
                        : Optional.of(constant(DossierColumn.OUTCOME, OUTCOMES, Outcome.class)));
        dossier.resultReadyAt(
                isEmpty(DossierColumn.RESULT_READY_AT)
                        ? Optional.empty()
                        : Optional.of(instant(DossierColumn.RESULT_READY_AT)));
        dossier.returnedAt(
                isEmpty(DossierColumn.RETURNED_AT)
                        ? Optional.empty()
                        : Optional.of(instant(DossierColumn.RETURNED_AT)));
        boolean code = !isEmpty(DossierColumn.EXCUSAL_CODE);
        if (code != !isEmpty(DossierColumn.EXCUSAL_TEXT)) {
            DossierColumn missing = code ? DossierColumn.EXCUSAL_TEXT : DossierColumn.EXCUSAL_CODE;
            throw new Cells.BadCell(missing.header(), "", "an excusal needs both its code and its text");
        }
        dossier.excusal(
                code
                        ? Optional.of(
                                DossierExcusal.of(text(DossierColumn.EXCUSAL_CODE), text(DossierColumn.EXCUSAL_TEXT)))
                        : Optional.empty());
        dossier.supplementRequests(this.<SupplementRequest>list(DossierColumn.SUPPLEMENT_REQUESTS, supplements));
        dossier.extensions(this.<Extension>list(DossierColumn.EXTENSIONS, extensions));
        dossier.handlingSteps(this.<HandlingStep>list(DossierColumn.HANDLING_STEPS, steps));
        dossier.evaluations(this.<Evaluation>list(DossierColumn.EVALUATIONS, evaluations));
        dossier.complaints(this.<Complaint>list(DossierColumn.COMPLAINTS, complaints));
        return dossier.build();
    }

    /**
     * Finds the cells: quoted cells are unescaped into the scratch buffer, others are left in place;
     * a leading apostrophe is dropped ({@link Cells#read}). Returns the cells that begin as a
     * spreadsheet formula, one bit each.
     */
    private long split(byte[] bytes, int from, int to) {
        long formulas = 0;
        scratchUsed = 0;
        int cell = 0;
        int i = from;
        while (true) {
            int start;
            int end;
            byte[] source = bytes;
            if (i < to && bytes[i] == '"') {
                int j = i + 1;
                boolean escaped = false;
                while (true) {
                    if (j >= to) {
                        throw new Cells.BadCell("", "", "the record is not valid CSV: a quoted cell is not closed");
                    }
                    if (bytes[j] == '"') {
                        if (j + 1 < to && bytes[j + 1] == '"') {
                            escaped = true;
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    j++;
                }
                start = i + 1;
                end = j;
                if (escaped) {
                    int begin = scratchUsed;
                    source = unescape(bytes, start, end);
                    start = begin;
                    end = scratchUsed;
                }
                i = j + 1;
                if (i < to && bytes[i] != ',') {
                    throw new Cells.BadCell(
                            "",
                            "",
                            "the record is not valid CSV: a quoted cell must end at a comma; double each quote"
                                    + " inside it");
                }
            } else {
                int j = i;
                while (j < to && bytes[j] != ',') {
                    if (bytes[j] == '\r') {
                        throw new Cells.BadCell(
                                "",
                                "",
                                "a carriage return or a stray quote splits this record in two; quote the cell that"
                                        + " holds it");
                    }
                    j++;
                }
                start = i;
                end = j;
                i = j;
            }
            if (cell < width) {
                if (start < end && source[start] == '\'') {
                    start++;
                } else if (start < end && isFormulaStart(source[start])) {
                    formulas |= 1L << cell;
                }
                sources[cell] = source;
                starts[cell] = start;
                ends[cell] = end;
            }
            cell++;
            if (i >= to) {
                break;
            }
            i++; // the comma
            if (i == to) {
                if (cell < width) {
                    sources[cell] = bytes;
                    starts[cell] = to;
                    ends[cell] = to;
                }
                cell++;
                break;
            }
        }
        if (cell != width) {
            throw new Cells.BadCell(
                    "", "", cell + " cells where the header has " + width + "; a comma may be missing or extra");
        }
        return formulas;
    }

    private static boolean isFormulaStart(byte first) {
        return SpreadsheetCells.FORMULA_STARTS.indexOf(first) >= 0;
    }

    /** Copies a quoted cell's content with each doubled quote made single; returns the scratch buffer. */
    private byte[] unescape(byte[] bytes, int start, int end) {
        if (scratchUsed + end - start > scratch.length) {
            scratch = Arrays.copyOf(scratch, Math.max(scratch.length * 2, scratchUsed + end - start));
        }
        for (int k = start; k < end; k++) {
            scratch[scratchUsed++] = bytes[k];
            if (bytes[k] == '"') {
                k++; // the second of the pair
            }
        }
        return scratch;
    }

    private boolean isEmpty(DossierColumn column) {
        int cell = cellOf[column.ordinal()];
        return cell < 0 || starts[cell] == ends[cell];
    }

    private String text(DossierColumn column) {
        int cell = cellOf[column.ordinal()];
        return cell < 0 ? "" : cellText(cell);
    }

    private String cellText(int cell) {
        return new String(sources[cell], starts[cell], ends[cell] - starts[cell], StandardCharsets.UTF_8);
    }

    private String code(DossierColumn column) {
        int cell = cellOf[column.ordinal()];
        return codes.intern(sources[cell], starts[cell], ends[cell]);
    }

    private <E extends Enum<E>> E constant(DossierColumn column, E[] values, Class<E> type) {
        String text = code(column);
        for (E value : values) {
            if (value.name().equals(text)) {
                return value;
            }
        }
        return Cells.constant(column.header(), text, type);
    }

    private java.time.Instant instant(DossierColumn column) {
        int cell = cellOf[column.ordinal()];
        return Cells.instant(column.header(), sources[cell], starts[cell], ends[cell]);
    }

    /** The list in a JSON cell; empty for an empty cell. */
    private <T> List<T> list(DossierColumn column, ObjectReader reader) {
        if (isEmpty(column)) {
            return List.of();
        }
        int cell = cellOf[column.ordinal()];
        try {
            return reader.readValue(sources[cell], starts[cell], ends[cell] - starts[cell]);
        } catch (JsonProcessingException e) {
            throw new Cells.BadCell(
                    column.header(),
                    cellText(cell),
                    "a JSON array of " + column.header() + ": " + JsonProblems.describe(e));
        } catch (IOException e) {
            throw new Cells.BadCell(column.header(), cellText(cell), "the cell cannot be read: " + e.getMessage());
        }
    }
}
