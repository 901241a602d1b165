package io.github.motcua.io;

import com.fasterxml.jackson.databind.SequenceWriter;
import io.github.motcua.VietnamTime;
import io.github.motcua.timeliness.Verdict;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Writes each dossier's verdict as a CSV row, so that a vendor can audit any single dossier: its
 * class in the official and the adjusted figures, the due date, the end used, the lateness in
 * working days, the excusal that applied, the rule that decided, and the findings on the record
 * ({@code KIND: detail}, separated by {@code " | "}). Cells are spreadsheet-safe as in {@link
 * DossierWriter}. The file is {@linkplain CsvDialect#PLAIN plain} CSV, or {@linkplain CsvDialect#EXCEL
 * Excel's} with a byte-order mark and semicolons (a verdict holds no decimal number: lateness is in
 * whole working days). Closing the writer closes the underlying writer. Not thread-safe.
 */
public final class VerdictWriter implements Closeable {
    /** The header row's columns, in order. */
    public static final List<String> COLUMNS = List.of(
            "dossier_id",
            "report_date",
            "class",
            "adjusted_class",
            "due_date",
            "end",
            "lateness_working_days",
            "excusal_reason",
            "rule",
            "findings");

    private final Writer out;
    private final SequenceWriter sequence;

    private VerdictWriter(Writer out, CsvDialect dialect) throws IOException {
        this.out = out;
        this.sequence = dialect.rowWriter(COLUMNS, out);
    }

    /**
     * Opens a writer of plain CSV ({@link CsvDialect#PLAIN}).
     *
     * @param out where the text goes; write it as UTF-8
     * @return the writer
     * @throws IOException if the writer fails
     */
    public static VerdictWriter open(Writer out) throws IOException {
        return open(out, CsvDialect.PLAIN);
    }

    /**
     * Opens a writer of CSV in a dialect; with {@link CsvDialect#EXCEL} the byte-order mark is
     * written at once.
     *
     * @param out where the text goes; write it as UTF-8
     * @param dialect the CSV dialect
     * @return the writer
     * @throws IOException if the writer fails
     */
    public static VerdictWriter open(Writer out, CsvDialect dialect) throws IOException {
        return new VerdictWriter(Objects.requireNonNull(out, "out"), Objects.requireNonNull(dialect, "dialect"));
    }

    /**
     * Writes one verdict.
     *
     * @param verdict the verdict
     * @throws IOException if the writer fails
     */
    public void write(Verdict verdict) throws IOException {
        sequence.write(cells(verdict).toArray(new String[0]));
    }

    /**
     * Returns a verdict's cells as the writer writes them, one for each of {@link #COLUMNS}, for a
     * row of a table elsewhere, such as a Spark data set.
     *
     * @param verdict the verdict
     * @return its cells, spreadsheet-safe
     */
    public static List<String> cells(Verdict verdict) {
        Objects.requireNonNull(verdict, "verdict");
        String[] cells = {
            verdict.dossierId(),
            verdict.reportDate().toString(),
            verdict.timeliness().name(),
            verdict.adjusted().name(),
            verdict.dueDate().map(LocalDate::toString).orElse(""),
            verdict.end().map(VietnamTime::format).orElse(""),
            Integer.toString(verdict.latenessWorkingDays()),
            verdict.excusalReason().orElse(""),
            verdict.rule(),
            verdict.findings().stream()
                    .map(finding -> finding.kind() + ": " + finding.detail())
                    .collect(Collectors.joining(" | "))
        };
        for (int i = 0; i < cells.length; i++) {
            cells[i] = SpreadsheetCells.safe(cells[i]);
        }
        return List.of(cells);
    }

    @Override
    public void close() throws IOException {
        try (out) {
            sequence.close();
        }
    }
}
