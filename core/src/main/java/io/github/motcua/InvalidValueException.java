package io.github.motcua;

import java.util.Objects;

/**
 * Thrown when a value of the model would break one of its rules: a dossier that ends before it
 * was received, a unit that succeeds itself, a blank code.
 *
 * <p>The message names the kind of value, its identifier when it has one, the field, the value
 * and the rule, so that the person who entered the data can correct it, for example:
 *
 * <pre>
 * Dossier 'H46.001-230105-0001': returnedAt = 2023-01-05T08:00:00+07:00 breaks the rule: must not
 * be before receivedAt (2023-01-05T09:00:00+07:00)
 * </pre>
 *
 * <p>The parts of the message are also available one by one, for readers that report rejected
 * records in a table.
 *
 * <p>It is the one type to catch for a value that breaks a rule, whichever module found it: the
 * specific exceptions of the library (an unknown procedure, invalid evidence, a refused index
 * table, an unknown scoring scheme, a rejected record, a report that breaks an identity, a
 * malformed row of published figures) extend it, keep their own messages and give the same
 * accessors.
 */
public class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The kind of value, such as {@code Dossier}. */
    private final String valueType;
    /** The value's identifier, or an empty string. */
    private final String valueId;
    /** The field that holds the offending value. */
    private final String field;
    /** The offending value as text. */
    private final String value;
    /** The rule, in words, that the value breaks. */
    private final String rule;

    /**
     * Creates an exception for one broken rule.
     *
     * @param valueType the kind of value, such as {@code Dossier}
     * @param valueId the identifier of the value (a dossier id, a unit code), or an empty string
     *     when it has none
     * @param field the field that holds the offending value
     * @param value the offending value as text
     * @param rule the rule, in words, that the value breaks
     */
    public InvalidValueException(String valueType, String valueId, String field, String value, String rule) {
        super(message(valueType, valueId, field, value, rule));
        this.valueType = valueType;
        this.valueId = valueId;
        this.field = field;
        this.value = value;
        this.rule = rule;
    }

    /**
     * Creates an exception for one broken rule with a message of its own, for subclasses whose
     * messages read better in another order; the parts are still given one by one.
     *
     * @param message the message
     * @param valueType the kind of value, such as {@code Dossier}
     * @param valueId the identifier of the value, or an empty string when it has none
     * @param field the field that holds the offending value, or an empty string for the value as a
     *     whole
     * @param value the offending value as text, or an empty string when no single value is at fault
     * @param rule the rule, in words, that the value breaks
     */
    protected InvalidValueException(
            String message, String valueType, String valueId, String field, String value, String rule) {
        super(Objects.requireNonNull(message, "message"));
        this.valueType = Objects.requireNonNull(valueType, "valueType");
        this.valueId = Objects.requireNonNull(valueId, "valueId");
        this.field = Objects.requireNonNull(field, "field");
        this.value = Objects.requireNonNull(value, "value");
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    private static String message(String valueType, String valueId, String field, String value, String rule) {
        Objects.requireNonNull(valueType, "valueType");
        Objects.requireNonNull(valueId, "valueId");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(rule, "rule");
        String subject = valueId.isEmpty() ? valueType : valueType + " '" + valueId + "'";
        return subject + ": " + field + " = " + value + " breaks the rule: " + rule;
    }

    /**
     * Returns the kind of value that was rejected.
     *
     * @return the simple name of the value type, such as {@code Dossier}
     */
    public String valueType() {
        return valueType;
    }

    /**
     * Returns the identifier of the rejected value.
     *
     * @return a dossier id, a unit or procedure code, or an empty string when the value has none
     */
    public String valueId() {
        return valueId;
    }

    /**
     * Returns the field that holds the offending value.
     *
     * @return the field name as in the value's accessors and JSON form
     */
    public String field() {
        return field;
    }

    /**
     * Returns the offending value.
     *
     * @return the value as text
     */
    public String value() {
        return value;
    }

    /**
     * Returns the rule that the value breaks.
     *
     * @return the rule in words
     */
    public String rule() {
        return rule;
    }
}
