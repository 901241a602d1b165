package io.github.motcua.cli.job;

import io.github.motcua.PrintableText;
import java.time.DateTimeException;
import java.time.LocalDate;

/** A date as a user writes it: ISO-8601, {@code YYYY-MM-DD}. */
public final class DateText {
    private DateText() {}

    /**
     * Parses a date, refusing text that is not one in plain words.
     *
     * @param text the text
     * @return the date
     * @throws IllegalArgumentException if the text is not a date, with the text made printable
     */
    public static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(
                    "'" + PrintableText.of(text) + "' is not a date; write it as YYYY-MM-DD, such as 2023-01-22", e);
        }
    }
}
