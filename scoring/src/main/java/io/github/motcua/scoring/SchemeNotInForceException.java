package io.github.motcua.scoring;

import io.github.motcua.DateRange;
import io.github.motcua.InvalidValueException;

/**
 * Thrown when a scheme is asked to score a period whose window reaches outside the scheme's
 * effective dates, such as TT 01/2018's indicators for a window before 6 January 2019; the message
 * names both. A caller who knows the scheme applies all the same says so explicitly (the command
 * line's {@code --force}).
 */
public final class SchemeNotInForceException extends InvalidValueException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param scheme the scheme
     * @param window the window of the period asked for
     */
    public SchemeNotInForceException(ScoringScheme scheme, DateRange window) {
        super(
                "scheme '" + scheme.id() + "' is in force from " + scheme.effectiveFrom()
                        + scheme.effectiveUntil().map(until -> " to " + until).orElse("")
                        + " (" + scheme.legalSource() + "); the period's window " + window.start() + " to "
                        + window.endInclusive() + " reaches outside it",
                "ScoringScheme",
                scheme.id(),
                "period",
                window.start() + " to " + window.endInclusive(),
                "within the scheme's effective dates");
    }
}
