package io.github.motcua.check;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
    /** The most digits a count may have, so that every sum of counts fits a long. */
    private static final int MAX_COUNT_DIGITS = 15;

    private static final String STATED_ON_TIME = "stated_on_time_percent";
    private static final String STATED_LATE = "stated_late_percent";
    private static final String PERCENT = "a percentage such as 99.75 or 99,75";

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
        Objects.requireNonNull(reader, "reader");
        List<String> known = new ArrayList<>(List.of(CsvTable.ID, STATED_ON_TIME, STATED_LATE));
        for (Quantity quantity : Quantity.values()) {
            known.add(quantity.column());
        }
        return CsvTable.read(reader, known, PublishedFiguresCsv::row);
    }

    private static PublishedFigures row(CsvTable.Row row) {
        PublishedFigures.Builder figures = PublishedFigures.builder(row.id());
        for (Quantity quantity : Quantity.values()) {
            String text = row.cell(quantity.column());
            if (!text.isEmpty()) {
                String digits = text.replace(".", "");
                if (!COUNT.matcher(text).matches() || digits.length() > MAX_COUNT_DIGITS) {
                    throw new MalformedRowException(
                            row.line(), quantity.column(), text, "a count such as 3673 or 3.673, of at most 15 digits");
                }
                figures.with(quantity, Long.parseLong(digits));
            }
        }
        String onTime = row.cell(STATED_ON_TIME);
        if (!onTime.isEmpty()) {
            figures.statedOnTimePercent(row.decimal(STATED_ON_TIME, onTime, PERCENT));
        }
        String late = row.cell(STATED_LATE);
        if (!late.isEmpty()) {
            figures.statedLatePercent(row.decimal(STATED_LATE, late, PERCENT));
        }
        return figures.build();
    }
}
