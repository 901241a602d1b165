package io.github.motcua.core.internal;

import io.github.motcua.InvalidValueException;
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
