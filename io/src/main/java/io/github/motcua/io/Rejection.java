package io.github.motcua.io;

import io.github.motcua.PrintableText;
import java.util.Objects;

/**
 * A record that was not accepted, and why.
 *
 * @param record the record's number, from 1 for the first record after any header
 * @param line the line of the file on which the record starts, from 1; 0 for a record that is not
 *     read from a file ({@link DossierReader#validate})
 * @param id the id of the dossier the record is meant to be, when it is named apart from the
 *     record ({@link DossierReader#validate}); empty for a record read from a file, whose record and
 *     line numbers name it
 * @param column the column or field at fault, or empty when the record as a whole is
 * @param value the offending value as read, printable and cut to 200 characters followed by {@code
 *     …}, or empty
 * @param reason the rule the record broke, in words a clerk can act on
 *     <p>Every component is {@linkplain PrintableText printable}: control characters are escaped, so a
 *     value holding a line feed or a terminal escape sequence cannot forge a line of a rejects
 *     file or reach a terminal as a command.
 */
public record Rejection(long record, long line, String id, String column, String value, String reason) {
    /** The longest value a rejection repeats. */
    static final int MAX_VALUE = 200;

    /**
     * A rejection of a record read from a file, which its record and line numbers name.
     *
     * @param record the record's number, from 1 for the first record after any header
     * @param line the line of the file on which the record starts, from 1
     * @param column the column or field at fault, or empty when the record as a whole is
     * @param value the offending value as read, or empty
     * @param reason the rule the record broke, in words a clerk can act on
     */
    public Rejection(long record, long line, String column, String value, String reason) {
        this(record, line, "", column, value, reason);
    }

    /**
     * Checks and shortens the components: the value is made printable, then cut, so that building
     * a rejection from another's components changes nothing.
     *
     * @param record the record's number, from 1 for the first record after any header
     * @param line the line of the file on which the record starts, from 1, or 0
     * @param id the id of the dossier the record is meant to be, or empty
     * @param column the column or field at fault, or empty when the record as a whole is
     * @param value the offending value as read, or empty
     * @param reason the rule the record broke, in words a clerk can act on
     */
    public Rejection {
        id = PrintableText.of(Objects.requireNonNull(id, "id"));
        column = PrintableText.of(Objects.requireNonNull(column, "column"));
        reason = PrintableText.of(Objects.requireNonNull(reason, "reason"));
        value = shortened(PrintableText.of(value));
    }

    /** Cuts a printable value to the limit and adds an ellipsis, never inside a surrogate pair. */
    private static String shortened(String value) {
        if (value.length() <= MAX_VALUE) {
            return value;
        }
        int end = MAX_VALUE;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + "…";
    }

    /**
     * Returns the rejection as one line, such as {@code record 12 (line 13), column received_at,
     * value '2023-13-01': an ISO-8601 instant …}, or for a record not read from a file {@code record
     * 3, dossier 'HS-3', field receivedAt, value '(missing)': a required value is missing}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        if (line == 0) {
            return "record " + record + (id.isEmpty() ? "" : ", dossier '" + id + "'")
                    + (column.isEmpty() ? "" : ", field " + column) + (value.isEmpty() ? "" : ", value '" + value + "'")
                    + ": " + reason;
        }
        return "record " + record + " (line " + line + ")" + (id.isEmpty() ? "" : ", dossier '" + id + "'")
                + (column.isEmpty() ? "" : ", column " + column)
                + (value.isEmpty() ? "" : ", value '" + value + "'") + ": " + reason;
    }
}
