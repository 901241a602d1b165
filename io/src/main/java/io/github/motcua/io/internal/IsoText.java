package io.github.motcua.io.internal;

import io.github.motcua.VietnamTime;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import org.jspecify.annotations.Nullable;

/**
 * Reads the usual forms of ISO-8601 instants and dates by arithmetic, for files of millions of
 * records: {@code 2023-01-05T09:00:00+07:00}, {@code 2023-01-05T02:00:00Z}, local time in Vietnam
 * {@code 2023-01-05T09:00:00}, and {@code 2023-01-05}. Any other text gives null, and the caller
 * reads it with {@code java.time}, which gives the same value for these forms.
 */
public final class IsoText {
    private static final int NO_OFFSET = Integer.MIN_VALUE;

    private IsoText() {}

    /**
     * Reads an instant in one of the usual forms.
     *
     * @param text the text
     * @return the instant, or null when the text is in another form or not valid
     */
    public static @Nullable Instant instant(String text) {
        int length = text.length();
        if (length != 19 && length != 20 && length != 25) {
            return null;
        }
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        return bytes.length == length ? instant(bytes, 0, length) : null;
    }

    /**
     * Reads an instant in one of the usual forms from bytes.
     *
     * @param b the bytes
     * @param from the first byte
     * @param to after the last byte
     * @return the instant, or null when the text is in another form or not valid
     */
    public static @Nullable Instant instant(byte[] b, int from, int to) {
        int length = to - from;
        if ((length != 19 && length != 20 && length != 25)
                || b[from + 4] != '-'
                || b[from + 7] != '-'
                || b[from + 10] != 'T'
                || b[from + 13] != ':'
                || b[from + 16] != ':') {
            return null;
        }
        int year = digits(b, from) * 100 + digits(b, from + 2);
        int month = digits(b, from + 5);
        int day = digits(b, from + 8);
        int hour = digits(b, from + 11);
        int minute = digits(b, from + 14);
        int second = digits(b, from + 17);
        int offset = length == 19 ? 0 : offsetSeconds(b, from + 19, length - 19);
        if (!isDate(year, month, day) || hour > 23 || minute > 59 || second > 59 || offset == NO_OFFSET) {
            return null; // digits() gives a large number for a non-digit
        }
        long epochDay = epochDay(year, month, day);
        int secondOfDay = hour * 3600 + minute * 60 + second;
        return length == 19
                ? VietnamTime.atLocal(epochDay, secondOfDay)
                : Instant.ofEpochSecond(epochDay * 86_400 + secondOfDay - offset);
    }

    /**
     * Reads a date {@code yyyy-MM-dd} from bytes.
     *
     * @param b the bytes
     * @param from the first byte
     * @param to after the last byte
     * @return the date, or null when the text is in another form or not valid
     */
    public static @Nullable LocalDate date(byte[] b, int from, int to) {
        return to - from == 10 && b[from + 4] == '-' && b[from + 7] == '-' ? date(b, from) : null;
    }

    private static @Nullable LocalDate date(byte[] b, int from) {
        int year = digits(b, from) * 100 + digits(b, from + 2);
        int month = digits(b, from + 5);
        int day = digits(b, from + 8);
        return isDate(year, month, day) ? LocalDate.of(year, month, day) : null;
    }

    private static boolean isDate(int year, int month, int day) {
        return year <= 9999
                && month >= 1
                && month <= 12
                && day >= 1
                && day <= Month.of(month).length(Year.isLeap(year));
    }

    /** Days from 1970-01-01 to a valid date of the years 0 to 9999, as {@link LocalDate#toEpochDay}. */
    private static long epochDay(int year, int month, int day) {
        long days = 365L * year + (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400;
        days += (367 * month - 362) / 12 + day - 1;
        if (month > 2) {
            days -= Year.isLeap(year) ? 1 : 2;
        }
        return days - 719_528; // the days from 0000-01-01 to 1970-01-01
    }

    /** The offset {@code Z} or {@code ±HH:MM} in seconds, or NO_OFFSET for any other text. */
    private static int offsetSeconds(byte[] b, int from, int length) {
        if (length == 1) {
            return b[from] == 'Z' ? 0 : NO_OFFSET;
        }
        int sign = b[from] == '+' ? 1 : b[from] == '-' ? -1 : 0;
        int hours = digits(b, from + 1);
        int minutes = digits(b, from + 4);
        if (sign == 0 || b[from + 3] != ':' || hours > 17 || minutes > 59) {
            return NO_OFFSET;
        }
        return sign * (hours * 3600 + minutes * 60);
    }

    /** The value of two ASCII digits, or a number above 9999 if either is not a digit. */
    private static int digits(byte[] b, int at) {
        int tens = b[at] - '0';
        int ones = b[at + 1] - '0';
        return (tens | ones) >>> 4 == 0 && tens <= 9 && ones <= 9 ? tens * 10 + ones : 100_000;
    }
}
