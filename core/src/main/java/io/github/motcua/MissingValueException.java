package io.github.motcua;

import java.util.List;

/**
 * Thrown when a value is built without one of its required fields, such as a dossier without its
 * time of receipt: the builders of the model throw it instead of an {@link IllegalStateException},
 * naming the fields that are missing.
 *
 * <pre>
 * Dossier: required field(s) missing: receivedAt, channel
 * </pre>
 *
 * <p>Its {@link #field()} names the missing fields, separated by commas, its {@link #value()} is
 * empty and its {@link #rule()} is the message's part after the kind of value.
 */
public class MissingValueException extends InvalidValueException {
    private static final long serialVersionUID = 1L;

    /** The fields that are missing. */
    private final List<String> missing;

    /**
     * Creates the exception for a value of unnamed kind, as the builders generated for the model
     * do.
     *
     * @param missing the names of the fields that are missing
     */
    public MissingValueException(String... missing) {
        this("value", "", List.of(missing));
    }

    /**
     * Creates the exception for a value of a named kind.
     *
     * @param valueType the kind of value, such as {@code Dossier}
     * @param valueId the value's identifier when it is known, or an empty string
     * @param missing the names of the fields that are missing, at least one
     */
    public MissingValueException(String valueType, String valueId, List<String> missing) {
        super(
                (valueId.isEmpty() ? valueType : valueType + " '" + valueId + "'") + ": " + rule(missing),
                valueType,
                valueId,
                String.join(", ", missing),
                "",
                rule(missing));
        this.missing = List.copyOf(missing);
    }

    private static String rule(List<String> missing) {
        return "required field(s) missing: " + String.join(", ", missing);
    }

    /**
     * Returns the fields that are missing.
     *
     * @return their names, as in the value's accessors and JSON form
     */
    public List<String> missing() {
        return missing;
    }
}
