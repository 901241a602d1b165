package io.github.motcua.format;

import io.github.motcua.VietnamTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/** Reading and writing the text of single cells. */
final class Cells {
    private Cells() {}

    /** A cell that breaks its column's rule. */
    static final class BadCell extends RuntimeException {
        private static final long serialVersionUID = 1L;

        final String column;
        final String value;
        final String reason;

        BadCell(String column, String value, String reason) {
            super(reason, null, false, false);
            this.column = column;
            this.value = value;
            this.reason = reason;
        }
    }

    /** Reads an instant written with an offset, or as local time in Vietnam. */
    static Instant instant(String column, String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(VietnamTime.ZONE).toInstant();
            } catch (DateTimeParseException e) {
                throw new BadCell(
                        column,
                        text,
                        "an ISO-8601 instant such as 2023-01-05T09:00:00+07:00, or local time in Vietnam such as"
                                + " 2023-01-05T09:00:00");
            }
        }
    }

    static LocalDate date(String column, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadCell(column, text, "an ISO-8601 date such as 2023-01-05");
        }
    }

    static <E extends Enum<E>> E constant(String column, String text, Class<E> type) {
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadCell(column, text, "one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /**
     * Returns a cell as read: a leading apostrophe, which marks text in spreadsheets and which the
     * writer puts before a formula-like start, is removed; a formula-like start without it is
     * rejected.
     */
    static String read(String column, String cell) {
        if (cell.startsWith("'")) {
            return cell.substring(1);
        }
        if (!cell.isEmpty() && SpreadsheetCells.FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0) {
            throw new BadCell(
                    column,
                    cell,
                    "a cell must not begin with = + - @, a tab or a carriage return: a spreadsheet would run it as a"
                            + " formula; put an apostrophe before it");
        }
        return cell;
    }
}
