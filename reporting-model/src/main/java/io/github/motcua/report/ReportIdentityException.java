package io.github.motcua.report;

/** Thrown when a report's figures break one of its identities; the message gives the numbers. */
public final class ReportIdentityException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the identity and the numbers that disagree
     */
    public ReportIdentityException(String message) {
        super(message);
    }

    static void require(String row, String identity, long left, long right) {
        if (left != right) {
            throw new ReportIdentityException(
                    "row '" + row + "': " + identity + " does not hold: " + left + " ≠ " + right);
        }
    }
}
