package io.github.motcua.report;

import com.fasterxml.jackson.databind.SequenceWriter;
import io.github.motcua.Language;
import io.github.motcua.io.CsvDialect;
import io.github.motcua.io.SpreadsheetCells;
import io.github.motcua.tally.ReportColumn;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The processing report (Biểu 06) as a table: CSV with Vietnamese or English headers, or plain
 * text for terminals. Numbers are written plainly in CSV (3673, 99.75, or 99,75 in the {@linkplain
 * CsvDialect#EXCEL Excel dialect}) so that spreadsheets read them as numbers, and formatted for the
 * language in text. CSV cells that a spreadsheet would run as a formula are neutralised as the file
 * formats do.
 */
public final class ProcessingTable {
    private record Column(String header, Function<ProcessingRow, String> value) {}

    /**
     * The report's columns in a table, and in the workbook: every one but late adjusted, which is
     * late less excused.
     */
    static final Set<ReportColumn> SHOWN = EnumSet.complementOf(EnumSet.of(ReportColumn.LATE_ADJUSTED));

    private ProcessingTable() {}

    /**
     * The row's label (the total's in the labels' language), the columns shown and the on-time
     * rates, headed in the labels' language, the rates with the dialect's decimal mark.
     */
    private static List<Column> columns(Labels labels, CsvDialect dialect) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(
                labels.get("table.row"),
                row -> row.key().equals(ProcessingReport.TOTAL) ? labels.total() : row.label()));
        for (ReportColumn column : SHOWN) {
            columns.add(new Column(labels.column(column), row -> Long.toString(column.count(row))));
        }
        columns.add(new Column(labels.get("table.onTime"), row -> percent(row.onTimePercentOfficial(), dialect)));
        columns.add(
                new Column(labels.get("table.onTimeAdjusted"), row -> percent(row.onTimePercentAdjusted(), dialect)));
        return columns;
    }

    private static String percent(Optional<BigDecimal> value, CsvDialect dialect) {
        return value.map(dialect::decimal).orElse("");
    }

    private static List<ProcessingRow> rowsAndTotal(ProcessingReport report) {
        List<ProcessingRow> rows = new ArrayList<>(report.rows());
        rows.add(report.total());
        return rows;
    }

    /**
     * Writes the table as plain CSV ({@link CsvDialect#PLAIN}): a header row, one row per report
     * row, and the total row.
     *
     * @param report the report
     * @param language the language of the headers
     * @param out where the text goes; write it as UTF-8; it is flushed, not closed
     * @throws IOException if the writer fails
     */
    public static void csv(ProcessingReport report, Language language, Writer out) throws IOException {
        csv(report, language, CsvDialect.PLAIN, out);
    }

    /**
     * Writes the table as CSV in a dialect: a header row, one row per report row, and the total
     * row; with {@link CsvDialect#EXCEL}, after a byte-order mark, with semicolons and the rates'
     * decimal comma ({@code 99,75}).
     *
     * @param report the report
     * @param language the language of the headers
     * @param dialect the CSV dialect
     * @param out where the text goes; write it as UTF-8; it is flushed, not closed
     * @throws IOException if the writer fails
     */
    public static void csv(ProcessingReport report, Language language, CsvDialect dialect, Writer out)
            throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(out, "out");
        List<Column> columns = columns(Labels.of(language), dialect);
        try (SequenceWriter rows =
                dialect.rowWriter(columns.stream().map(Column::header).toList(), out)) {
            for (ProcessingRow row : rowsAndTotal(report)) {
                rows.write(columns.stream()
                        .map(column -> SpreadsheetCells.safe(column.value().apply(row)))
                        .toArray(String[]::new));
            }
        }
    }

    /**
     * Returns the table as aligned plain text for a terminal, numbers formatted for the language.
     *
     * @param report the report
     * @param language the language of the headers and numbers
     * @return the table, one line per row after a header line, ending with a line break
     */
    public static String text(ProcessingReport report, Language language) {
        List<String[]> lines = cells(report, language);
        int[] widths = new int[lines.get(0).length];
        for (String[] line : lines) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].codePointCount(0, line[i].length()));
            }
        }
        StringBuilder text = new StringBuilder();
        for (String[] line : lines) {
            for (int i = 0; i < line.length; i++) {
                String padding = " ".repeat(widths[i] - line[i].codePointCount(0, line[i].length()));
                text.append(i == 0 ? line[i] + padding : "  " + padding + line[i]);
            }
            text.append('\n');
        }
        return text.toString();
    }

    /**
     * The table's cells as text: the header line, then a line per row and the total's, numbers
     * formatted for the language; the text table aligns them and a Word table holds them.
     */
    static List<String[]> cells(ProcessingReport report, Language language) {
        Labels labels = Labels.of(language);
        List<Column> columns = columns(labels, CsvDialect.PLAIN); // plain numbers, formatted below
        List<String[]> lines = new ArrayList<>();
        lines.add(columns.stream().map(Column::header).toArray(String[]::new));
        for (ProcessingRow row : rowsAndTotal(report)) {
            String[] cells = new String[columns.size()];
            for (int i = 0; i < cells.length; i++) {
                String value = columns.get(i).value().apply(row);
                cells[i] = i == 0 || value.isEmpty() ? value : Numbers.decimal(new BigDecimal(value), labels);
            }
            lines.add(cells);
        }
        return lines;
    }
}
