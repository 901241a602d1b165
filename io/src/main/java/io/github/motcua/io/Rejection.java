package io.github.motcua.io;

import java.util.Objects;

/**
 * A record that was not accepted, and why.
 *
 * @param record the record's number, from 1 for the first record after any header
 * @param line the line of the file on which the record starts, from 1
 * @param column the column or field at fault, or empty when the record as a whole is
 * @param value the offending value as read (shortened to 200 characters), or empty
 * @param reason the rule the record broke, in words a clerk can act on
 *     <p>Every component is {@linkplain #printable printable}: control characters are escaped, so a
 *     value holding a line feed or a terminal escape sequence cannot forge a line of a rejects
 *     file or reach a terminal as a command.
 */
public record Rejection(long record, long line, String column, String value, String reason) {
    /** The longest value a rejection repeats. */
    static final int MAX_VALUE = 200;

    /**
     * Checks and shortens the components.
     *
     * @param record the record's number, from 1 for the first record after any header
     * @param line the line of the file on which the record starts, from 1
     * @param column the column or field at fault, or empty when the record as a whole is
     * @param value the offending value as read (shortened to 200 characters), or empty
     * @param reason the rule the record broke, in words a clerk can act on
     */
    public Rejection {
        column = printable(Objects.requireNonNull(column, "column"));
        reason = printable(Objects.requireNonNull(reason, "reason"));
        value = printable(value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) + "…" : value);
    }

    /**
     * Returns a text safe to echo on one line: each control character (line feed, carriage return,
     * tab, escape, NUL, the C1 controls) and each invisible format character (zero-width space,
     * byte-order mark, bidirectional marks) written as an escape ({@code \n}, {@code \r},
     * {@code \t}, <code>&#92;u001B</code>). Escaping twice changes nothing, since an escaped text
     * holds no such character; a backslash already in the text is left as it is.
     *
     * @param text the text
     * @return the printable text; the same string when nothing needed escaping
     */
    public static String printable(String text) {
        int i = 0;
        while (i < text.length() && !needsEscape(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                default -> {
                    if (needsEscape(c)) {
                        escaped.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    private static boolean needsEscape(char c) {
        return Character.isISOControl(c) || Character.getType(c) == Character.FORMAT;
    }

    /**
     * Returns the rejection as one line, such as {@code record 12 (line 13), column received_at,
     * value '2023-13-01': an ISO-8601 instant …}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return "record " + record + " (line " + line + ")" + (column.isEmpty() ? "" : ", column " + column)
                + (value.isEmpty() ? "" : ", value '" + value + "'") + ": " + reason;
    }
}
