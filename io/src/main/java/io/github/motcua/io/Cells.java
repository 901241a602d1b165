package io.github.motcua.io;

import io.github.motcua.VietnamTime;
import io.github.motcua.io.internal.IsoText;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
     * Reads an instant from a cell's bytes: the usual forms by arithmetic ({@link IsoText}), any
     * other through {@link #instant(String, String)}, which gives the same value or the rejection.
     */
    static Instant instant(String column, byte[] b, int from, int to) {
        Instant fast = IsoText.instant(b, from, to);
        return fast != null ? fast : instant(column, new String(b, from, to - from, StandardCharsets.UTF_8));
    }

    /** Reads a date from a cell's bytes: {@code 2023-01-05} by arithmetic, others as {@link #date}. */
    static LocalDate date(String column, byte[] b, int from, int to) {
        LocalDate fast = IsoText.date(b, from, to);
        return fast != null ? fast : date(column, new String(b, from, to - from, StandardCharsets.UTF_8));
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
