package io.github.motcua.io;

/** Thrown in strict mode at the first record that is rejected. */
public final class RejectedRecordException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient Rejection rejection;

    /**
     * Creates the exception.
     *
     * @param rejection the rejected record and why
     */
    public RejectedRecordException(Rejection rejection) {
        super(rejection.toString());
        this.rejection = rejection;
    }

    /**
     * Returns the rejected record and why.
     *
     * @return the rejection
     */
    public Rejection rejection() {
        return rejection;
    }
}
