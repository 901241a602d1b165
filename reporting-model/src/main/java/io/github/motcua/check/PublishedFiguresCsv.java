package io.github.motcua.check;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads published figures from CSV: UTF-8, a header row, comma separators; columns {@code id},
 * the {@link Quantity#column()} names, {@code stated_on_time_percent} and
 * {@code stated_late_percent}, in any order. A missing column or an empty cell means "not
 * published". Counts are written plainly ({@code 3673}) or with Vietnamese thousands dots
 * ({@code 3.673}); percentages with a decimal point or comma ({@code 99.75}, {@code 99,75}), an
 * optional {@code %} after them. A byte-order mark at the start of the file is ignored.
 */
public final class PublishedFiguresCsv {
    private static final Pattern COUNT = Pattern.compile("\\d{1,3}(\\.\\d{3})+|\\d+");
    private static final Pattern PERCENT = Pattern.compile("\\d+([.,]\\d+)?%?");
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
        List<PublishedFigures> rows = new ArrayList<>();
        try (MappingIterator<String[]> lines = mapper.readerFor(String[].class).readValues(reader)) {
            if (!lines.hasNext()) {
                throw new MalformedRowException(1, "the file is empty; a header row is expected");
            }
            Map<String, Integer> columns = header(lines.next());
            while (lines.hasNext()) {
                long line = lines.getCurrentLocation().getLineNr();
                String[] cells = lines.next();
                if (cells.length == 1 && cells[0].isBlank()) {
                    continue;
                }
                rows.add(row(line, columns, cells));
            }
        }
        return rows;
    }

    private static Map<String, Integer> header(String[] cells) {
        Map<String, Integer> columns = new HashMap<>();
        List<String> known = new ArrayList<>(List.of(ID, STATED_ON_TIME, STATED_LATE));
        for (Quantity quantity : Quantity.values()) {
            known.add(quantity.column());
        }
        for (int i = 0; i < cells.length; i++) {
            // A spreadsheet saving "CSV UTF-8" starts the file with a byte-order mark.
            String name = cells[i].replace(BYTE_ORDER_MARK, "").strip().toLowerCase(Locale.ROOT);
            if (!known.contains(name)) {
                throw new MalformedRowException(1, "unknown column '" + cells[i] + "'; the columns are " + known);
            }
            if (columns.put(name, i) != null) {
                throw new MalformedRowException(1, "column '" + name + "' appears twice");
            }
        }
        if (!columns.containsKey(ID)) {
            throw new MalformedRowException(1, "the header has no 'id' column");
        }
        return columns;
    }

    private static PublishedFigures row(long line, Map<String, Integer> columns, String[] cells) {
        PublishedFigures.Builder figures = PublishedFigures.builder(cell(columns, cells, ID));
        for (Quantity quantity : Quantity.values()) {
            String text = cell(columns, cells, quantity.column());
            if (!text.isEmpty()) {
                if (!COUNT.matcher(text).matches()) {
                    throw new MalformedRowException(line, quantity.column(), text, "a count such as 3673 or 3.673");
                }
                figures.with(quantity, Long.parseLong(text.replace(".", "")));
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
        return index == null || index >= cells.length ? "" : cells[index].strip();
    }

    private static BigDecimal percent(long line, String column, String text) {
        if (!PERCENT.matcher(text).matches()) {
            throw new MalformedRowException(line, column, text, "a percentage such as 99.75 or 99,75");
        }
        return new BigDecimal(text.replace('%', ' ').strip().replace(',', '.'));
    }
}
