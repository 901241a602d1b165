package io.github.motcua.check;

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
 * Reads published figures from CSV: UTF-8, a header row, comma separators; columns {@code id},
 * the {@link Quantity#column()} names, {@code stated_on_time_percent} and
 * {@code stated_late_percent}, in any order; only {@code id} is required. A missing column or an
 * empty cell means "not published". Counts are written plainly ({@code 3673}) or with Vietnamese
 * thousands dots ({@code 3.673}); percentages with a decimal point or comma ({@code 99.75},
 * {@code 99,75}), an optional {@code %} after them.
 *
 * <p>A byte-order mark at the start and blank lines are ignored. A row is rejected, with its line,
 * when it has fewer cells than the header, a non-empty cell beyond the header or under a column
 * without a name, an empty id, or a cell that is not a number of its column's kind; text that is
 * not UTF-8 is rejected too. Nothing is dropped or guessed.
 */
public final class PublishedFiguresCsv {
    private static final Pattern COUNT = Pattern.compile("\\d{1,3}(\\.\\d{3})+|\\d+");
    private static final Pattern PERCENT = Pattern.compile("\\d+([.,]\\d{1,10})?\\s*%?");
    /** Counts of up to 15 digits can be added without overflow. */
    private static final int MAX_COUNT_DIGITS = 15;

    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String ID = "id";
    private static final String STATED_ON_TIME = "stated_on_time_percent";
    private static final String STATED_LATE = "stated_late_percent";

    private PublishedFiguresCsv() {}

    /**
     * Reads every row.
     *
     * @param reader the CSV text
     * @return the figures of each row, in order
     * @throws MalformedRowException at the first row that cannot be read, naming its line
     * @throws IOException if the text cannot be read
     */
    public static List<PublishedFigures> read(Reader reader) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        MappingIterator<String[]> opened;
        try {
            opened = mapper.readerFor(String[].class).readValues(reader);
        } catch (IOException e) {
            throw notUtf8Or(e, 1);
        }
        try (MappingIterator<String[]> lines = opened) {
            try {
                return rows(lines);
            } catch (IOException e) {
                throw notUtf8Or(e, lines.getCurrentLocation().getLineNr());
            } catch (RuntimeException e) {
                // MappingIterator wraps an IOException of the reader in an unchecked exception.
                throw notUtf8Or(e, lines.getCurrentLocation().getLineNr());
            }
        }
    }

    /** Reports text that is not UTF-8 as a malformed file; rethrows anything else as it is. */
    private static <T extends Exception> MalformedRowException notUtf8Or(T thrown, long line) throws T {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException) {
                return new MalformedRowException(
                        line, "the text is not UTF-8 (at or after this line); save the file as \"CSV UTF-8\"");
            }
        }
        throw thrown;
    }

    private static List<PublishedFigures> rows(MappingIterator<String[]> lines) throws IOException {
        List<PublishedFigures> rows = new ArrayList<>();
        Map<String, Integer> columns = Map.of();
        int width = -1;
        while (lines.hasNext()) {
            long line = lines.getCurrentLocation().getLineNr();
            String[] cells = lines.next();
            if (cells.length == 1 && cells[0].isBlank()) {
                continue;
            }
            if (width < 0) {
                columns = header(line, cells);
                width = cells.length;
            } else {
                rows.add(row(line, columns, width, cells));
            }
        }
        if (width < 0) {
            throw new MalformedRowException(1, "the file is empty; a header row is expected");
        }
        return rows;
    }

    private static Map<String, Integer> header(long line, String[] cells) {
        Map<String, Integer> columns = new HashMap<>();
        List<String> known = new ArrayList<>(List.of(ID, STATED_ON_TIME, STATED_LATE));
        for (Quantity quantity : Quantity.values()) {
            known.add(quantity.column());
        }
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

    private static PublishedFigures row(long line, Map<String, Integer> columns, int width, String[] cells) {
        if (cells.length < width) {
            throw new MalformedRowException(
                    line, cells.length + " cells where the header has " + width + "; a comma may be missing");
        }
        for (int i = 0; i < cells.length; i++) {
            if (!cells[i].isBlank() && (i >= width || !columns.containsValue(i))) {
                throw new MalformedRowException(
                        line,
                        "'" + cells[i] + "' stands outside the header's columns;"
                                + " a number may contain an unquoted comma, such as 99,75 or 3,673");
            }
        }
        String id = cell(columns, cells, ID);
        if (id.isEmpty()) {
            throw new MalformedRowException(line, ID, id, "an identifier; the id cell must not be empty");
        }
        PublishedFigures.Builder figures = PublishedFigures.builder(id);
        for (Quantity quantity : Quantity.values()) {
            String text = cell(columns, cells, quantity.column());
            if (!text.isEmpty()) {
                String digits = text.replace(".", "");
                if (!COUNT.matcher(text).matches() || digits.length() > MAX_COUNT_DIGITS) {
                    throw new MalformedRowException(
                            line, quantity.column(), text, "a count such as 3673 or 3.673, of at most 15 digits");
                }
                figures.with(quantity, Long.parseLong(digits));
            }
        }
        String onTime = cell(columns, cells, STATED_ON_TIME);
        if (!onTime.isEmpty()) {
            figures.statedOnTimePercent(percent(line, STATED_ON_TIME, onTime));
        }
        String late = cell(columns, cells, STATED_LATE);
        if (!late.isEmpty()) {
            figures.statedLatePercent(percent(line, STATED_LATE, late));
        }
        return figures.build();
    }

    private static String cell(Map<String, Integer> columns, String[] cells, String column) {
        Integer index = columns.get(column);
        return index == null ? "" : cells[index].strip();
    }

    private static BigDecimal percent(long line, String column, String text) {
        if (!PERCENT.matcher(text).matches()) {
            throw new MalformedRowException(line, column, text, "a percentage such as 99.75 or 99,75");
        }
        return new BigDecimal(text.replace("%", "").strip().replace(',', '.'));
    }
}
