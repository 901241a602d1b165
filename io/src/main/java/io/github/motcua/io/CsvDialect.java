package io.github.motcua.io;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * How the library's CSV outputs (Biểu 06 from {@code ProcessingTable.csv} and the verdicts of
 * {@link VerdictWriter}) are laid out. Both dialects are UTF-8 text, one row per line ended by a
 * line feed, a header row first, cells that a spreadsheet would run as a formula neutralised by
 * {@link SpreadsheetCells}, and quotation marks inside a quoted cell doubled. Whole numbers (counts,
 * working days) are plain digits in both, with no thousands separator, so that every spreadsheet
 * reads them as numbers; dates and instants are ISO text in both. The dialects differ in the
 * byte-order mark, the separator and the decimal mark:
 *
 * <table>
 *   <caption>The dialects</caption>
 *   <tr><th>dialect</th><th>byte-order mark</th><th>separator</th><th>decimal mark</th><th>a rate</th></tr>
 *   <tr><td>{@link #PLAIN}</td><td>none</td><td>{@code ,}</td><td>{@code .}</td><td>{@code 99.75}</td></tr>
 *   <tr><td>{@link #EXCEL}</td><td>{@code EF BB BF}</td><td>{@code ;}</td><td>{@code ,}</td><td>{@code 99,75}</td></tr>
 * </table>
 *
 * <p>The library's readers read {@link #PLAIN} files; {@link #EXCEL} is for people who open the
 * file in a spreadsheet.
 */
public enum CsvDialect {
    /**
     * The plain CSV the library has always written, for programs: no byte-order mark, comma
     * separator, decimal point ({@code 99.75}). A cell is quoted as before: when it holds a character
     * up to the comma in code-point order (a line break, a tab, a space, a quotation mark, a
     * parenthesis or a comma among them) or is longer than 24 characters.
     */
    PLAIN(',', '.', false),

    /**
     * CSV that Excel opens in columns with a Vietnamese (or most European) locale: the UTF-8
     * byte-order mark first, so that Excel reads the text as UTF-8; semicolon separator; decimal
     * comma in every decimal number ({@code 99,75}). A cell is quoted only when it holds a
     * semicolon, a quotation mark or a line break, so that numbers are never quoted.
     */
    EXCEL(';', ',', true);

    /** The byte-order mark: the first character of an {@link #EXCEL} file. */
    static final char BYTE_ORDER_MARK = '\uFEFF';

    private final char separator;
    private final char decimalMark;
    private final boolean byteOrderMark;

    CsvDialect(char separator, char decimalMark, boolean byteOrderMark) {
        this.separator = separator;
        this.decimalMark = decimalMark;
        this.byteOrderMark = byteOrderMark;
    }

    /**
     * Returns the character between cells.
     *
     * @return {@code ','} or {@code ';'}
     */
    public char separator() {
        return separator;
    }

    /**
     * Returns the character between a decimal number's integer part and its fraction.
     *
     * @return {@code '.'} or {@code ','}
     */
    public char decimalMark() {
        return decimalMark;
    }

    /**
     * Returns whether a file begins with the UTF-8 byte-order mark (U+FEFF).
     *
     * @return true for {@link #EXCEL}
     */
    public boolean byteOrderMark() {
        return byteOrderMark;
    }

    /**
     * Returns a decimal number as a cell: its plain digits (never an exponent) with this dialect's
     * decimal mark, such as {@code 99.75} or {@code 99,75}, and no thousands separator.
     *
     * @param value the number
     * @return its text
     */
    public String decimal(BigDecimal value) {
        String plain = value.toPlainString();
        return decimalMark == '.' ? plain : plain.replace('.', decimalMark);
    }

    /**
     * Starts a CSV table in this dialect: writes the byte-order mark, if the dialect has one, to
     * {@code out} at once, and returns a writer of rows, each written with {@code write(String[])},
     * the header row before the first. Cells are written as given, so pass text through {@link
     * SpreadsheetCells#safe(String)} and decimal numbers through {@link #decimal(BigDecimal)}.
     * Closing the returned writer flushes {@code out} and does not close it.
     *
     * @param columns the header row's cells
     * @param out where the text goes; write it as UTF-8
     * @return the writer of rows
     * @throws IOException if the writer fails
     */
    public SequenceWriter rowWriter(List<String> columns, Writer out) throws IOException {
        Objects.requireNonNull(out, "out");
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setColumnSeparator(separator);
        columns.forEach(schema::addColumn);
        CsvMapper mapper = new CsvMapper();
        mapper.getFactory().disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        ObjectWriter writer = mapper.writer(schema.build());
        if (this == EXCEL) {
            // Jackson's default check quotes a cell holding any character up to the separator in
            // code-point order, which for ';' takes in digits: every number would be quoted.
            writer = writer.with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
        }
        if (byteOrderMark) {
            out.write(BYTE_ORDER_MARK);
        }
        return writer.writeValues(out);
    }
}
