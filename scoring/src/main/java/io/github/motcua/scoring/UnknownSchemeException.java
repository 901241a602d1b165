package io.github.motcua.scoring;

import java.util.Collection;
import java.util.NoSuchElementException;

/** Thrown when no scheme has the identifier asked for; the message lists the ones available. */
public final class UnknownSchemeException extends NoSuchElementException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param id the identifier asked for
     * @param available the identifiers available
     */
    public UnknownSchemeException(String id, Collection<String> available) {
        super("no scoring scheme '" + id + "'; available: " + String.join(", ", available));
    }
}
