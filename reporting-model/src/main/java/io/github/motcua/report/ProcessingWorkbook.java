package io.github.motcua.report;

import io.github.motcua.Language;
import io.github.motcua.report.SheetCells.Kind;
import io.github.motcua.tally.ReportColumn;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The processing report (Biểu 06/VPCP/KSTT) as an Excel workbook (xlsx), in the form's layout: the
 * form and its legal basis, the title, the reporting unit and the period, the column headers in
 * three merged rows over the form's column numbers (1) to (13), one row per row of the report and
 * the total row; after the form's columns, the columns it does not number (late but excused,
 * withdrawn, refused, stopped) and the on-time rates, official and adjusted; under the table, the
 * rates' definition and the report's notes ({@link NarrativeRenderer#notes}).
 *
 * <p>Counts are numeric cells shown {@code #,##0}, which Excel displays with the separators of the
 * reader's locale (3.673 with Vietnamese settings, 3,673 with English ones). A rate is the numeric
 * cell of the exactly rounded percentage over 100 (99.75 % is 0.9975), shown as a percentage with
 * the report's decimals; Excel keeps it as a binary double, whose shortest decimal form is the
 * rounded value. Labels are text cells, never formulas. The headers and lines are in the language
 * given; a row's label is the report's.
 *
 * <p>The workbook is written streaming ({@link SXSSFWorkbook}): rows go to a temporary file as
 * they are made, so that a report of thousands of rows takes little memory.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("bieu06.xlsx"))) {
 *     ProcessingWorkbook.write(report, Language.VI, out);
 * }
 * }</pre>
 */
public final class ProcessingWorkbook {
    /** The name of the report's sheet. */
    public static final String SHEET_NAME = "Biểu 06";

    private static final int FORM_ROW = 0;
    private static final int TITLE_ROW = 2;
    private static final int HEADER_ROW = 6;
    private static final int HEADER_ROWS = 3;
    private static final int NUMBER_ROW = HEADER_ROW + HEADER_ROWS;
    private static final int FIRST_COUNT_COLUMN = 2;

    /** The form's numbered columns, (3) to (13), in its order. */
    private static final List<ReportColumn> NUMBERED = ProcessingTable.SHOWN.stream()
            .filter(column -> column.number().isPresent())
            .toList();

    /** The columns the form does not number, after (13). */
    private static final List<ReportColumn> UNNUMBERED = ProcessingTable.SHOWN.stream()
            .filter(column -> column.number().isEmpty())
            .toList();

    /** The column of the official on-time rate; the adjusted rate's follows. */
    private static final int RATE_COLUMN = FIRST_COUNT_COLUMN + NUMBERED.size() + UNNUMBERED.size();

    private static final int LAST_COLUMN = RATE_COLUMN + 1;

    private ProcessingWorkbook() {}

    /**
     * Returns a new streaming workbook holding the report's sheet, for a caller that adds its own
     * sheets or writes it where it wants; the caller closes it, which deletes its temporary files.
     * Rows already written out cannot be read back from it.
     *
     * @param report the report
     * @param language the language of the headers and lines
     * @return the workbook, with the sheet {@value #SHEET_NAME}
     */
    public static Workbook workbook(ProcessingReport report, Language language) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(language, "language");
        SXSSFWorkbook workbook = OfficeFiles.workbook();
        try {
            addTo(workbook, report, language);
        } catch (RuntimeException e) {
            OfficeFiles.closeAfterFailure(workbook, e);
            throw e;
        }
        return workbook;
    }

    /**
     * Adds the report's sheet to a workbook, such as one that holds a unit's other reports.
     *
     * @param workbook the workbook, streaming or not
     * @param report the report
     * @param language the language of the headers and lines
     * @return the sheet added, named {@value #SHEET_NAME}
     * @throws IllegalArgumentException if the workbook has a sheet of that name
     */
    public static Sheet addTo(Workbook workbook, ProcessingReport report, Language language) {
        Objects.requireNonNull(workbook, "workbook");
        Objects.requireNonNull(report, "report");
        Labels labels = Labels.of(Objects.requireNonNull(language, "language"));
        SheetCells cells = new SheetCells(workbook.createSheet(SHEET_NAME));
        title(cells, report, labels);
        header(cells, labels);
        int row = NUMBER_ROW + 1;
        int ordinal = 1;
        for (ProcessingRow reportRow : report.rows()) {
            cells.ordinal(row, 0, ordinal++, Kind.BODY);
            row(cells, row++, reportRow.label(), reportRow, Kind.BODY);
        }
        cells.blank(row, 0, Kind.TOTAL);
        row(cells, row++, labels.total(), report.total(), Kind.TOTAL);
        notes(cells, row + 1, report, labels);
        layout(cells.sheet());
        return cells.sheet();
    }

    /**
     * Writes the report as an xlsx file.
     *
     * @param report the report
     * @param language the language of the headers and lines
     * @param out where the file goes; it is not closed
     * @throws IOException if writing fails
     */
    public static void write(ProcessingReport report, Language language, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        try (Workbook workbook = workbook(report, language)) {
            workbook.write(OfficeFiles.unclosed(out));
        }
    }

    /** The form, its legal basis, the title, the unit and the period. */
    private static void title(SheetCells cells, ProcessingReport report, Labels labels) {
        cells.text(FORM_ROW, 0, report.formId(), Kind.PLAIN);
        cells.text(FORM_ROW + 1, 0, report.legalBasis(), Kind.PLAIN);
        String unit = report.unitName().isEmpty() ? "" : labels.format("workbook.unit", report.unitName());
        List<String> lines = List.of(
                labels.get("workbook.title"),
                unit,
                labels.format(
                        "workbook.period",
                        report.period(),
                        Numbers.date(report.windowStart()),
                        Numbers.date(report.windowEnd())));
        for (int i = 0; i < lines.size(); i++) {
            cells.text(TITLE_ROW + i, 0, lines.get(i), i == 0 ? Kind.TITLE : Kind.SUBTITLE);
            cells.merge(TITLE_ROW + i, TITLE_ROW + i, 0, LAST_COLUMN);
        }
    }

    /**
     * The headers as the form sets them: (3) under "received" with its parts under "of which";
     * (7) and (11) under "results", each over its parts with "total" first; then the numbers.
     */
    private static void header(SheetCells cells, Labels labels) {
        int top = HEADER_ROW;
        int bottom = HEADER_ROW + HEADER_ROWS - 1;
        for (int row = top; row <= NUMBER_ROW; row++) {
            for (int column = 0; column <= LAST_COLUMN; column++) {
                cells.blank(row, column, Kind.HEADER);
            }
        }
        spanning(cells, top, bottom, 0, 0, labels.get("workbook.number"));
        spanning(cells, top, bottom, 1, 1, labels.get("table.row"));
        int results = Integer.MAX_VALUE;
        for (ReportColumn.Identity identity : ReportColumn.identities()) {
            if (!NUMBERED.contains(identity.total()) || !NUMBERED.containsAll(identity.parts())) {
                continue;
            }
            int first = column(identity.total());
            int last = column(identity.parts().get(identity.parts().size() - 1));
            if (identity.total() == ReportColumn.RECEIVED) {
                spanning(cells, top, top, first, last, labels.get("workbook.received"));
                spanning(cells, top + 1, bottom, first, first, labels.get("workbook.subtotal"));
                spanning(cells, top + 1, top + 1, first + 1, last, labels.get("workbook.ofWhich"));
            } else {
                results = Math.min(results, first);
                spanning(cells, top + 1, top + 1, first, last, labels.columnName(identity.total()));
                cells.text(bottom, first, labels.get("workbook.subtotal"), Kind.HEADER);
            }
            for (ReportColumn part : identity.parts()) {
                cells.text(bottom, column(part), labels.columnName(part), Kind.HEADER);
            }
        }
        spanning(cells, top, top, results, column(NUMBERED.get(NUMBERED.size() - 1)), labels.get("workbook.results"));
        for (ReportColumn column : UNNUMBERED) {
            spanning(cells, top, bottom, column(column), column(column), labels.column(column));
        }
        spanning(cells, top, bottom, RATE_COLUMN, RATE_COLUMN, labels.get("table.onTime"));
        spanning(cells, top, bottom, LAST_COLUMN, LAST_COLUMN, labels.get("table.onTimeAdjusted"));
        cells.text(NUMBER_ROW, 0, "(1)", Kind.HEADER);
        cells.text(NUMBER_ROW, 1, "(2)", Kind.HEADER);
        for (ReportColumn column : NUMBERED) {
            cells.text(NUMBER_ROW, column(column), "(" + column.number().getAsInt() + ")", Kind.HEADER);
        }
    }

    private static void spanning(
            SheetCells cells, int firstRow, int lastRow, int firstColumn, int lastColumn, String text) {
        cells.text(firstRow, firstColumn, text, Kind.HEADER);
        if (firstRow != lastRow || firstColumn != lastColumn) {
            cells.merge(firstRow, lastRow, firstColumn, lastColumn);
        }
    }

    /** A row's label, counts and rates, from column (2). */
    private static void row(SheetCells cells, int row, String label, ProcessingRow counts, Kind kind) {
        cells.text(row, 1, label, kind);
        for (ReportColumn column : ProcessingTable.SHOWN) {
            cells.count(row, column(column), column.count(counts), kind);
        }
        rate(cells, row, RATE_COLUMN, counts.onTimePercentOfficial(), kind);
        rate(cells, row, LAST_COLUMN, counts.onTimePercentAdjusted(), kind);
    }

    private static void rate(SheetCells cells, int row, int column, Optional<BigDecimal> percent, Kind kind) {
        if (percent.isPresent()) {
            cells.percent(row, column, percent.get(), kind);
        } else {
            cells.blank(row, column, kind);
        }
    }

    /** The rates' definition, then each note of the report, one line each. */
    private static void notes(SheetCells cells, int row, ProcessingReport report, Labels labels) {
        cells.text(
                row++,
                0,
                labels.format(
                        "workbook.rates",
                        labels.get("rate." + report.rateDefinition().name())),
                Kind.PLAIN);
        for (String note : NarrativeRenderer.of(labels.language())
                .notes(report)
                .lines()
                .filter(line -> !line.isBlank())
                .toList()) {
            cells.text(row++, 0, note, Kind.PLAIN);
        }
    }

    /** Column widths, the headers frozen, landscape on one page wide. */
    private static void layout(Sheet sheet) {
        sheet.setColumnWidth(0, 6 * 256);
        sheet.setColumnWidth(1, 30 * 256);
        for (int column = FIRST_COUNT_COLUMN; column <= LAST_COLUMN; column++) {
            sheet.setColumnWidth(column, 13 * 256);
        }
        sheet.createFreezePane(FIRST_COUNT_COLUMN, NUMBER_ROW + 1);
        sheet.setFitToPage(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }

    /** The sheet's column of a count: the numbered ones from (3), then the others. */
    private static int column(ReportColumn column) {
        int numbered = NUMBERED.indexOf(column);
        return numbered >= 0
                ? FIRST_COUNT_COLUMN + numbered
                : FIRST_COUNT_COLUMN + NUMBERED.size() + UNNUMBERED.indexOf(column);
    }
}
