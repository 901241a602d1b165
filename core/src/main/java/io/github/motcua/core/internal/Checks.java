package io.github.motcua.core.internal;

import io.github.motcua.InvalidValueException;
import io.github.motcua.PrintableText;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Checks shared by the values' {@code @Value.Check} methods. Not part of the API. */
public final class Checks {
    private Checks() {}

    /**
     * Rejects a blank text.
     *
     * @param type the value type
     * @param id the value's identifier, or empty
     * @param field the field
     * @param text the text to check
     * @throws InvalidValueException if {@code text} is empty or only white space
     */
    public static void requireNonBlank(String type, String id, String field, String text) {
        if (text.isBlank()) {
            throw new InvalidValueException(type, id, field, "'" + text + "'", "must not be blank");
        }
    }

    /**
     * Rejects a code or an id that is blank, begins or ends with white space, or holds a quotation
     * mark, a control character (NUL, line feed, escape…) or an invisible format character
     * (zero-width space, byte-order mark…), naming the character and its position: such a code looks
     * like another and would count one dossier or unit twice, or is the tail of a broken CSV cell.
     *
     * @param type the value type
     * @param id the value's identifier, or empty
     * @param field the field
     * @param code the code to check
     * @throws InvalidValueException if the code is blank or holds such a character
     */
    public static void requireCode(String type, String id, String field, String code) {
        requireNonBlank(type, id, field, code);
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if ((c > '"' && c < 0x7F) || c == '!') {
                continue; // printable ASCII but the quotation mark: the common case
            }
            boolean edge = i == 0 || i == code.length() - 1;
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
            if (c == '"') {
                throw new InvalidValueException(
                        type,
                        PrintableText.of(id),
                        field,
                        PrintableText.of(code),
                        "holds a quotation mark at position " + (i + 1)
                                + "; a code must not hold one (in a CSV file, often the tail of a quoted cell"
                                + " broken by a line feed)");
            }
            if (PrintableText.needsEscape(c) || (space && edge)) {
                throw new InvalidValueException(
                        type,
                        PrintableText.of(id),
                        field,
                        PrintableText.of(code),
                        "holds " + String.format(java.util.Locale.ROOT, "U+%04X", (int) c) + " ("
                                + String.valueOf(Character.getName(c)).toLowerCase(java.util.Locale.ROOT)
                                + ") at position " + (i + 1)
                                + (PrintableText.needsEscape(c)
                                        ? "; a code must not hold control or invisible characters"
                                        : "; a code must not begin or end with white space"));
            }
        }
    }

    /**
     * Rejects a negative number.
     *
     * @param type the value type
     * @param id the value's identifier, or empty
     * @param field the field
     * @param number the number to check
     * @throws InvalidValueException if {@code number} is negative
     */
    public static void requireNonNegative(String type, String id, String field, long number) {
        if (number < 0) {
            throw new InvalidValueException(type, id, field, Long.toString(number), "must not be negative");
        }
    }

    /**
     * Rejects a collection of texts that holds a blank text or the same text twice.
     *
     * @param type the value type
     * @param id the value's identifier, or empty
     * @param field the field
     * @param texts the texts to check
     * @throws InvalidValueException at the first blank or repeated text
     */
    public static void requireDistinctNonBlank(String type, String id, String field, Collection<String> texts) {
        Set<String> seen = new HashSet<>();
        for (String text : texts) {
            requireNonBlank(type, id, field, text);
            if (!seen.add(text)) {
                throw new InvalidValueException(type, id, field, "'" + text + "'", "must not be listed twice");
            }
        }
    }
}
