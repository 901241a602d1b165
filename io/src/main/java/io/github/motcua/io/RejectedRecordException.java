package io.github.motcua.io;

import io.github.motcua.InvalidValueException;

/**
 * Thrown in strict mode at the first record that is rejected; its value id is the record number
 * and its field the column.
 */
public final class RejectedRecordException extends InvalidValueException {
    private static final long serialVersionUID = 1L;

    private final transient Rejection rejection;

    /**
     * Creates the exception.
     *
     * @param rejection the rejected record and why
     */
    public RejectedRecordException(Rejection rejection) {
        super(
                rejection.toString(),
                "record",
                Long.toString(rejection.record()),
                rejection.column(),
                rejection.value(),
                rejection.reason());
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
