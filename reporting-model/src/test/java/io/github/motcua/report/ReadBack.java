package io.github.motcua.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Office files written to bytes and read back with POI's own readers, for the tests to look at. */
final class ReadBack {
    /** Writes something to a stream. */
    @FunctionalInterface
    interface Writing {
        void write(OutputStream out) throws IOException;
    }

    private ReadBack() {}

    static byte[] bytes(Writing writing) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writing.write(out);
        return out.toByteArray();
    }

    static XSSFWorkbook workbook(Writing writing) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes(writing)));
    }

    static XWPFDocument document(Writing writing) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes(writing)));
    }

    /**
     * Every cell of a sheet that holds something, row by row: {@code A1 "text"} for a text cell,
     * {@code C11 3673 [#,##0]} for a number with its display format.
     */
    static List<String> cells(Sheet sheet) {
        List<String> cells = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() != CellType.BLANK) {
                    cells.add(describe(cell));
                }
            }
        }
        return cells;
    }

    /** The blank cells of a sheet, by address, such as {@code A13}. */
    static List<String> blanks(Sheet sheet) {
        List<String> blanks = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.BLANK) {
                    blanks.add(cell.getAddress().formatAsString());
                }
            }
        }
        return blanks;
    }

    static String describe(Cell cell) {
        String address = cell.getAddress().formatAsString();
        return switch (cell.getCellType()) {
            case STRING -> address + " \"" + cell.getStringCellValue() + "\"";
            case NUMERIC ->
                address + " " + number(cell.getNumericCellValue()) + " ["
                        + cell.getCellStyle().getDataFormatString() + "]";
            default -> address + " " + cell.getCellType();
        };
    }

    /** A cell's number in its shortest decimal form: 3673, 0.9975. */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** The merged regions of a sheet, such as {@code A7:A9}, in the order they were made. */
    static List<String> merged(Sheet sheet) {
        return sheet.getMergedRegions().stream()
                .map(CellRangeAddress::formatAsString)
                .toList();
    }
}
