package io.github.motcua.format;

import io.github.motcua.VietnamTime;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Year;
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

    /** Rejects a record whose bytes are not UTF-8; text that is all ASCII is checked without decoding. */
    static void requireUtf8(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] < 0) {
                try {
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes, i, to - i));
                    return;
                } catch (CharacterCodingException e) {
                    throw new BadCell("", "", "the text is not UTF-8; save the file as UTF-8 (\"CSV UTF-8\")");
                }
            }
        }
    }

    /**
     * Reads an instant from a cell's bytes: the usual forms ({@code 2023-01-05T09:00:00+07:00},
     * {@code …Z}, or local time without an offset) by arithmetic, any other through {@link
     * #instant(String, String)}, which gives the same value or the same rejection.
     */
    static Instant instant(String column, byte[] b, int from, int to) {
        int length = to - from;
        if ((length == 19 || length == 20 || length == 25)
                && b[from + 4] == '-'
                && b[from + 7] == '-'
                && b[from + 10] == 'T'
                && b[from + 13] == ':'
                && b[from + 16] == ':') {
            int year = digits(b, from, 4);
            int month = digits(b, from + 5, 2);
            int day = digits(b, from + 8, 2);
            int hour = digits(b, from + 11, 2);
            int minute = digits(b, from + 14, 2);
            int second = digits(b, from + 17, 2);
            int offset = length == 19 ? 0 : offsetSeconds(b, from + 19, length - 19);
            if (year >= 0
                    && month >= 1
                    && month <= 12
                    && day >= 1
                    && hour <= 23
                    && hour >= 0
                    && minute >= 0
                    && minute <= 59
                    && second >= 0
                    && second <= 59
                    && offset != NO_OFFSET
                    && day <= Month.of(month).length(Year.isLeap(year))) {
                long epochDay = LocalDate.of(year, month, day).toEpochDay();
                int secondOfDay = hour * 3600 + minute * 60 + second;
                return length == 19
                        ? VietnamTime.atLocal(epochDay, secondOfDay)
                        : Instant.ofEpochSecond(epochDay * 86_400 + secondOfDay - offset);
            }
        }
        return instant(column, new String(b, from, length, StandardCharsets.UTF_8));
    }

    /** Reads a date from a cell's bytes: {@code 2023-01-05} by arithmetic, others as {@link #date}. */
    static LocalDate date(String column, byte[] b, int from, int to) {
        if (to - from == 10 && b[from + 4] == '-' && b[from + 7] == '-') {
            int year = digits(b, from, 4);
            int month = digits(b, from + 5, 2);
            int day = digits(b, from + 8, 2);
            if (year >= 0
                    && month >= 1
                    && month <= 12
                    && day >= 1
                    && day <= Month.of(month).length(Year.isLeap(year))) {
                return LocalDate.of(year, month, day);
            }
        }
        return date(column, new String(b, from, to - from, StandardCharsets.UTF_8));
    }

    private static final int NO_OFFSET = Integer.MIN_VALUE;

    /** The offset {@code Z} or {@code ±HH:MM} in seconds, or NO_OFFSET for any other text. */
    private static int offsetSeconds(byte[] b, int from, int length) {
        if (length == 1) {
            return b[from] == 'Z' ? 0 : NO_OFFSET;
        }
        int sign = b[from] == '+' ? 1 : b[from] == '-' ? -1 : 0;
        int hours = digits(b, from + 1, 2);
        int minutes = digits(b, from + 4, 2);
        if (sign == 0 || b[from + 3] != ':' || hours < 0 || hours > 17 || minutes < 0 || minutes > 59) {
            return NO_OFFSET;
        }
        return sign * (hours * 3600 + minutes * 60);
    }

    /** The value of ASCII digits, or -1 if a byte is not a digit. */
    private static int digits(byte[] b, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            int digit = b[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
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
