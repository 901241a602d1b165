package io.github.motcua.evidence;

/**
 * Thrown when evidence breaks a rule: a count out of range, a dossier listed twice, a rating
 * outside the points an indicator allows. The message names the value and the rule.
 */
public final class InvalidEvidenceException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong and which rule it breaks
     */
    public InvalidEvidenceException(String message) {
        super(message);
    }

    static long requireCount(String what, long count) {
        if (count < 0) {
            throw new InvalidEvidenceException(what + " must not be negative: " + count);
        }
        return count;
    }

    static void requireAtMost(String part, long partCount, String whole, long wholeCount) {
        if (partCount > wholeCount) {
            throw new InvalidEvidenceException(
                    part + " (" + partCount + ") must not exceed " + whole + " (" + wholeCount + ")");
        }
    }
}
