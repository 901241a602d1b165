package io.github.motcua.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A CSV file of published figures: UTF-8, a header row of known columns in any order (an {@code id}
 * column required), then one row per report, each cell read by its column's name. A byte-order mark
 * at the start and blank lines are ignored. A row is rejected, with its line, when it has fewer
 * cells than the header, a non-empty cell beyond the header or under a column without a name, or
 * an empty id; text that is not UTF-8 is rejected too. Nothing is dropped or guessed.
 */
final class CsvTable {
    static final String ID = "id";

    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final Pattern DECIMAL = Pattern.compile("\\d+([.,]\\d{1,10})?\\s*%?");

    /** Reads one row of a table into a value. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(Row row);
    }

    /** One row: its line and its cells by column name. */
    static final class Row {
        private final long line;
        private final Map<String, Integer> columns;
        private final String[] cells;

        private Row(long line, Map<String, Integer> columns, String[] cells) {
            this.line = line;
            this.columns = columns;
            this.cells = cells;
        }

        long line() {
            return line;
        }

        /** The row's id, never empty. */
        String id() {
            return cell(ID);
        }

        /** A cell, stripped; empty when the column is absent or the cell empty. */
        String cell(String column) {
            Integer index = columns.get(column);
            return index == null ? "" : cells[index].strip();
        }

        /**
         * A decimal with a point or a comma ({@code 99.75}, {@code 99,75}) and an optional {@code %}
         * after it.
         */
        BigDecimal decimal(String column, String text, String expected) {
            if (!DECIMAL.matcher(text).matches()) {
                throw new MalformedRowException(line, column, text, expected);
            }
            return new BigDecimal(text.replace("%", "").strip().replace(',', '.'));
        }
    }

    private CsvTable() {}

    /**
     * Reads every row.
     *
     * @param reader the CSV text
     * @param known the columns the header may name, {@code id} among them
     * @param rowReader how a row becomes a value
     * @return the values of the rows, in order
     * @throws MalformedRowException at the first row that cannot be read, naming its line
     * @throws IOException if the text cannot be read
     */
    static <T> List<T> read(Reader reader, List<String> known, RowReader<T> rowReader) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        MappingIterator<String[]> opened;
        try {
            opened = mapper.readerFor(String[].class).readValues(reader);
        } catch (IOException e) {
            throw notUtf8Or(e, 1);
        }
        try (MappingIterator<String[]> lines = opened) {
            try {
                return rows(lines, known, rowReader);
            } catch (IOException e) {
                throw notUtf8Or(e, lines.getCurrentLocation().getLineNr());
            } catch (RuntimeException e) {
                // MappingIterator wraps an IOException of the reader in an unchecked exception.
                throw notUtf8Or(e, lines.getCurrentLocation().getLineNr());
            }
        }
    }

    /**
     * Reports text that is not UTF-8, and a row whose quoting the CSV parser cannot follow, as a
     * malformed row; rethrows anything else as it is.
     */
    private static <T extends Exception> MalformedRowException notUtf8Or(T thrown, long line) throws T {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException) {
                return new MalformedRowException(
                        line, "the text is not UTF-8 (at or after this line); save the file as \"CSV UTF-8\"");
            }
            if (cause instanceof JsonProcessingException parse && parse.getLocation() != null) {
                return new MalformedRowException(
                        parse.getLocation().getLineNr(),
                        "the row cannot be read as CSV: a cell that opens with a quote must close with one, just"
                                + " before a comma or the end of the line (write a quote inside it as two quotes)");
            }
        }
        throw thrown;
    }

    private static <T> List<T> rows(MappingIterator<String[]> lines, List<String> known, RowReader<T> rowReader)
            throws IOException {
        List<T> rows = new ArrayList<>();
        Map<String, Integer> columns = Map.of();
        int width = -1;
        while (lines.hasNext()) {
            long line = lines.getCurrentLocation().getLineNr();
            String[] cells = lines.next();
            if (cells.length == 1 && cells[0].isBlank()) {
                continue;
            }
            if (width < 0) {
                columns = header(line, cells, known);
                width = cells.length;
            } else {
                rows.add(rowReader.read(row(line, columns, width, cells)));
            }
        }
        if (width < 0) {
            throw new MalformedRowException(1, "the file is empty; a header row is expected");
        }
        return rows;
    }

    private static Map<String, Integer> header(long line, String[] cells, List<String> known) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < cells.length; i++) {
            // A spreadsheet saving "CSV UTF-8" starts the file with a byte-order mark.
            String name = cells[i].replace(BYTE_ORDER_MARK, "").strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue; // a trailing comma: a value under it is rejected row by row
            }
            if (!known.contains(name)) {
                throw new MalformedRowException(line, "unknown column '" + cells[i] + "'; the columns are " + known);
            }
            if (columns.put(name, i) != null) {
                throw new MalformedRowException(line, "column '" + name + "' appears twice");
            }
        }
        if (!columns.containsKey(ID)) {
            throw new MalformedRowException(line, "the header has no 'id' column");
        }
        return columns;
    }

    private static Row row(long line, Map<String, Integer> columns, int width, String[] cells) {
        if (cells.length < width) {
            throw new MalformedRowException(
                    line, cells.length + " cells where the header has " + width + "; a comma may be missing");
        }
        if (cells.length > width) {
            // Even empty: an unquoted comma in a number (3,673) shifts every cell after it by one.
            throw new MalformedRowException(
                    line,
                    cells.length + " cells where the header has " + width
                            + "; a number may contain an unquoted comma, such as 99,75 or 3,673");
        }
        for (int i = 0; i < cells.length; i++) {
            if (!cells[i].isBlank() && !columns.containsValue(i)) {
                throw new MalformedRowException(
                        line,
                        "'" + cells[i] + "' stands outside the header's columns;"
                                + " a number may contain an unquoted comma, such as 99,75 or 3,673");
            }
        }
        Row row = new Row(line, columns, cells);
        if (row.id().isEmpty()) {
            throw new MalformedRowException(line, ID, "", "an identifier; the id cell must not be empty");
        }
        return row;
    }
}
