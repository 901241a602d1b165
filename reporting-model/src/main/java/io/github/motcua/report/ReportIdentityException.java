package io.github.motcua.report;

import io.github.motcua.InvalidValueException;

/**
 * Thrown when a report's figures break one of its identities; the message gives the numbers, such
 * as {@code row 'Cấp xã': (3) = (4) + (5) + (6) does not hold: 10 ≠ 9}. For a row's identity the
 * accessors give the row's label as the value id, the identity as the field and the two sides as
 * the value.
 */
public final class ReportIdentityException extends InvalidValueException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a rule of a report as a whole.
     *
     * @param message the rule and the numbers that disagree
     */
    public ReportIdentityException(String message) {
        super(message, "Report", "", "", "", message);
    }

    /**
     * Creates the exception for an identity of a row that does not hold.
     *
     * @param row the row's label
     * @param identity the identity, such as {@code (3) = (4) + (5) + (6)}
     * @param left the left side's value
     * @param right the right side's value
     */
    public ReportIdentityException(String row, String identity, long left, long right) {
        super(
                "row '" + row + "': " + identity + " does not hold: " + left + " ≠ " + right,
                "ReportRow",
                row,
                identity,
                left + " ≠ " + right,
                identity + " must hold");
    }

    static void require(String row, String identity, long left, long right) {
        if (left != right) {
            throw new ReportIdentityException(row, identity, left, right);
        }
    }
}
