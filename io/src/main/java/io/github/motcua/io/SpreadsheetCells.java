package io.github.motcua.io;

/**
 * Protection against spreadsheet formula injection (OWASP "CSV injection"): a cell beginning with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would run as a formula when
 * the file is opened in a spreadsheet. Every CSV writer of the library passes its cells through
 * {@link #safe(String)}; its readers undo it.
 */
public final class SpreadsheetCells {
    /** The first characters a spreadsheet would take for a formula. */
    static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCells() {}

    /**
     * Returns a cell safe for spreadsheets: an apostrophe before a formula-like start, and before
     * an apostrophe so that the reader can remove exactly one.
     *
     * @param cell the cell's text
     * @return the text to write
     */
    public static String safe(String cell) {
        return !cell.isEmpty() && (FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 || cell.charAt(0) == '\'')
                ? "'" + cell
                : cell;
    }
}
