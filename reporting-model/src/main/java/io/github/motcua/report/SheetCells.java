package io.github.motcua.report;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jspecify.annotations.Nullable;

/**
 * Writes the cells of one sheet of the reporting model's workbooks: text as text cells (never a
 * formula, so a label that starts with {@code =} is shown as written), counts and decimals as
 * numeric cells with a display format, the styles made once per workbook sheet. Counts take
 * {@code #,##0}, which Excel shows with the separators of the reader's locale (3.673 in
 * Vietnamese); a decimal takes as many places as its scale, and a percentage is the exact rounded
 * rate over 100, shown with the rate's decimals ({@code 0.00%}).
 *
 * <p>Rows are written top to bottom, so that a streaming workbook can flush the rows above.
 */
final class SheetCells {
    /** Where a cell sits, which sets its font, alignment and borders. */
    enum Kind {
        /** A title above the table: bold, larger, centred. */
        TITLE,
        /** A line under the title: centred. */
        SUBTITLE,
        /** A line of text outside the table: no border. */
        PLAIN,
        /** A header of the table: bold, centred, wrapped, bordered. */
        HEADER,
        /** A cell of a row of the table: bordered. */
        BODY,
        /** A cell of a total row: bold, bordered. */
        TOTAL
    }

    /** The display format of counts. */
    static final String COUNT = "#,##0";

    private static final String FONT = "Times New Roman";

    private final Workbook workbook;
    private final Sheet sheet;
    private final Map<String, CellStyle> styles = new HashMap<>();
    private final Font regular;
    private final Font bold;
    private final Font title;

    SheetCells(Sheet sheet) {
        this.sheet = sheet;
        this.workbook = sheet.getWorkbook();
        this.regular = font(false, 12);
        this.bold = font(true, 12);
        this.title = font(true, 14);
    }

    private Font font(boolean isBold, int points) {
        Font font = workbook.createFont();
        font.setFontName(FONT);
        font.setBold(isBold);
        font.setFontHeightInPoints((short) points);
        return font;
    }

    /** The sheet written. */
    Sheet sheet() {
        return sheet;
    }

    /** Writes a text cell. */
    void text(int row, int column, String text, Kind kind) {
        Cell cell = cell(row, column, kind, null);
        cell.setCellValue(text);
    }

    /** Writes an empty cell of a kind, so that its borders show in a merged region or a blank column. */
    void blank(int row, int column, Kind kind) {
        cell(row, column, kind, null);
    }

    /**
     * Writes a count as a number shown {@code #,##0}; a spreadsheet's number is a double, exact for
     * whole numbers up to 2<sup>53</sup>, far beyond any count of dossiers.
     */
    void count(int row, int column, long count, Kind kind) {
        cell(row, column, kind, COUNT).setCellValue((double) count);
    }

    /** Writes a whole number with the general format, such as a row's ordinal or a rank. */
    void ordinal(int row, int column, long number, Kind kind) {
        cell(row, column, kind, "General").setCellValue((double) number);
    }

    /** Writes a decimal shown with as many places as its scale, such as points {@code 17.66}. */
    void decimal(int row, int column, BigDecimal value, Kind kind) {
        cell(row, column, kind, places(value.scale())).setCellValue(value.doubleValue());
    }

    /**
     * Writes a percentage, such as {@code 99.75}, as the number 0.9975 shown {@code 0.00%}: the
     * exact rounded value moved two places, with the percentage's decimals.
     */
    void percent(int row, int column, BigDecimal percent, Kind kind) {
        cell(row, column, kind, places(percent.scale()) + "%")
                .setCellValue(percent.movePointLeft(2).doubleValue());
    }

    /** Merges a region; its first cell holds the value, the others only the style. */
    void merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
    }

    /** A format with a number of decimal places: {@code 0}, {@code 0.0}, {@code 0.00}, … */
    static String places(int scale) {
        return scale <= 0 ? "0" : "0." + "0".repeat(scale);
    }

    private Cell cell(int rowIndex, int column, Kind kind, @Nullable String format) {
        Row row = sheet.getRow(rowIndex);
        if (row == null) {
            row = sheet.createRow(rowIndex);
        }
        Cell cell = row.createCell(column);
        cell.setCellStyle(style(kind, format));
        return cell;
    }

    private CellStyle style(Kind kind, @Nullable String format) {
        String key = kind + "|" + format;
        CellStyle cached = styles.get(key);
        if (cached != null) {
            return cached;
        }
        CellStyle style = workbook.createCellStyle();
        style.setFont(
                switch (kind) {
                    case TITLE -> title;
                    case HEADER, TOTAL -> bold;
                    case SUBTITLE, PLAIN, BODY -> regular;
                });
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        if (kind == Kind.TITLE || kind == Kind.SUBTITLE || kind == Kind.HEADER) {
            style.setAlignment(HorizontalAlignment.CENTER);
        }
        if (kind == Kind.HEADER) {
            style.setWrapText(true);
        }
        if (kind == Kind.HEADER || kind == Kind.BODY || kind == Kind.TOTAL) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        if (format != null) {
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
        }
        styles.put(key, style);
        return style;
    }
}
