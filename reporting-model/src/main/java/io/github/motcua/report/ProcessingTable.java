package io.github.motcua.report;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.motcua.io.SpreadsheetCells;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The processing report (Biểu 06) as a table: CSV with Vietnamese or English headers, or plain
 * text for terminals. Numbers are written plainly in CSV (3673, 99.75) so that spreadsheets read
 * them as numbers, and formatted for the language in text. CSV cells that a spreadsheet would run as
 * a formula are neutralised as the file formats do.
 */
public final class ProcessingTable {
    private record Column(String vi, String en, Function<ProcessingRow, String> value) {}

    private static final List<Column> COLUMNS = List.of(
            new Column("Nội dung", "Row", ProcessingRow::label),
            new Column("(3) Tổng số hồ sơ tiếp nhận", "(3) Received", row -> Long.toString(row.received())),
            new Column("(4) Trực tuyến", "(4) New online", row -> Long.toString(row.newOnline())),
            new Column(
                    "(5) Trực tiếp, dịch vụ bưu chính",
                    "(5) New direct or postal",
                    row -> Long.toString(row.newDirectOrPostal())),
            new Column("(6) Từ kỳ trước", "(6) Carried over", row -> Long.toString(row.carriedOver())),
            new Column("(7) Đã giải quyết", "(7) Resolved", row -> Long.toString(row.resolved())),
            new Column("(8) Trước hạn", "(8) Early", row -> Long.toString(row.early())),
            new Column("(9) Đúng hạn", "(9) On time", row -> Long.toString(row.onTime())),
            new Column("(10) Quá hạn", "(10) Late", row -> Long.toString(row.late())),
            new Column("Quá hạn có lý do khách quan", "Late, excused", row -> Long.toString(row.lateExcused())),
            new Column("(11) Đang giải quyết", "(11) Pending", row -> Long.toString(row.pending())),
            new Column("(12) Trong hạn", "(12) Pending within", row -> Long.toString(row.pendingWithin())),
            new Column("(13) Quá hạn", "(13) Pending overdue", row -> Long.toString(row.pendingOverdue())),
            new Column("Rút hồ sơ", "Withdrawn", row -> Long.toString(row.withdrawn())),
            new Column("Từ chối", "Refused", row -> Long.toString(row.refused())),
            new Column("Dừng giải quyết", "Stopped", row -> Long.toString(row.stopped())),
            new Column("Tỷ lệ đúng hạn (%)", "On time (%)", row -> percent(row.onTimePercentOfficial())),
            new Column(
                    "Tỷ lệ đúng hạn sau loại trừ (%)",
                    "On time, adjusted (%)", row -> percent(row.onTimePercentAdjusted())));

    private ProcessingTable() {}

    private static String percent(Optional<java.math.BigDecimal> value) {
        return value.map(java.math.BigDecimal::toPlainString).orElse("");
    }

    private static List<ProcessingRow> rowsAndTotal(ProcessingReport report) {
        List<ProcessingRow> rows = new ArrayList<>(report.rows());
        rows.add(report.total());
        return rows;
    }

    /**
     * Writes the table as CSV: a header row, one row per report row, and the total row.
     *
     * @param report the report
     * @param language the language of the headers
     * @param out where the text goes; write it as UTF-8; it is flushed, not closed
     * @throws IOException if the writer fails
     */
    public static void csv(ProcessingReport report, Language language, Writer out) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(column -> schema.addColumn(language == Language.VI ? column.vi() : column.en()));
        CsvMapper mapper = new CsvMapper();
        mapper.getFactory().disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        try (SequenceWriter rows = mapper.writer(schema.build()).writeValues(out)) {
            for (ProcessingRow row : rowsAndTotal(report)) {
                rows.write(COLUMNS.stream()
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
        List<String[]> lines = new ArrayList<>();
        lines.add(COLUMNS.stream()
                .map(column -> language == Language.VI ? column.vi() : column.en())
                .toArray(String[]::new));
        for (ProcessingRow row : rowsAndTotal(report)) {
            String[] cells = new String[COLUMNS.size()];
            for (int i = 0; i < cells.length; i++) {
                String value = COLUMNS.get(i).value().apply(row);
                cells[i] = i == 0 || value.isEmpty() ? value : formatted(value, language);
            }
            lines.add(cells);
        }
        int[] widths = new int[COLUMNS.size()];
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

    private static String formatted(String plain, Language language) {
        return Numbers.decimal(new java.math.BigDecimal(plain), language);
    }
}
