package io.github.motcua.evidence;

import io.github.motcua.InvalidValueException;

/**
 * Thrown when evidence breaks a rule: a count out of range, a dossier listed twice, a rating
 * outside the points an indicator allows. The message names the value, the field and the rule, for
 * example {@code Evidence: online procedures = -1 breaks the rule: must not be negative}.
 */
public final class InvalidEvidenceException extends InvalidValueException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param valueType the kind of evidence, such as {@code Evidence} or {@code DossierEvidence}
     * @param valueId the identifier of the evidence (a dossier id, a subject id), or an empty string
     * @param field the field that holds the offending value
     * @param value the offending value as text
     * @param rule the rule, in words, that the value breaks
     */
    public InvalidEvidenceException(String valueType, String valueId, String field, String value, String rule) {
        super(valueType, valueId, field, value, rule);
    }

    static long requireCount(String what, long count) {
        if (count < 0) {
            throw new InvalidEvidenceException("Evidence", "", what, Long.toString(count), "must not be negative");
        }
        return count;
    }

    static void requireAtMost(String part, long partCount, String whole, long wholeCount) {
        if (partCount > wholeCount) {
            throw new InvalidEvidenceException(
                    "Evidence",
                    "",
                    part,
                    Long.toString(partCount),
                    "must not exceed " + whole + " (" + wholeCount + ")");
        }
    }
}
