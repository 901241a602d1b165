package io.github.motcua.check;

import io.github.motcua.InvalidValueException;
import java.util.Objects;

/**
 * Thrown when a row of a published-figures file cannot be read: the message names the line, the
 * column, the value and what was expected.
 */
public class MalformedRowException extends InvalidValueException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param line the line number in the file, from 1
     * @param column the column name
     * @param value the value found
     * @param expected what the column needs, in words
     */
    public MalformedRowException(long line, String column, String value, String expected) {
        super(
                "line " + line + ", column " + Objects.requireNonNull(column, "column") + ": '"
                        + Objects.requireNonNull(value, "value") + "' is not "
                        + Objects.requireNonNull(expected, "expected"),
                "PublishedFigures",
                "line " + line,
                column,
                value,
                "must be " + expected);
    }

    /**
     * Creates the exception for a file-level problem at a line, such as a missing header.
     *
     * @param line the line number in the file, from 1
     * @param problem the problem in words
     */
    public MalformedRowException(long line, String problem) {
        super("line " + line + ": " + problem, "PublishedFigures", "line " + line, "", "", problem);
    }
}
