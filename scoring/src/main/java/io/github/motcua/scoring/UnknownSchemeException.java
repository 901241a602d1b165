package io.github.motcua.scoring;

import io.github.motcua.InvalidValueException;
import java.util.Collection;

/**
 * Thrown when no scheme has the identifier asked for; the message lists the ones available, such as
 * {@code no scoring scheme 'x'; available: tt01-2018-units, qd766-2025}.
 */
public final class UnknownSchemeException extends InvalidValueException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param id the identifier asked for
     * @param available the identifiers available
     */
    public UnknownSchemeException(String id, Collection<String> available) {
        super(
                "no scoring scheme '" + id + "'; available: " + String.join(", ", available),
                "ScoringScheme",
                "",
                "id",
                id,
                "must be one of: " + String.join(", ", available));
    }
}
