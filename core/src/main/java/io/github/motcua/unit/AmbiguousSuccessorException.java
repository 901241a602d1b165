package io.github.motcua.unit;

import io.github.motcua.InvalidValueException;
import java.util.List;

/**
 * Thrown when a unit that ceased is named as predecessor by several units and nothing says which
 * one takes over its dossiers: a mapping from the ceased unit to one successor decides.
 */
public final class AmbiguousSuccessorException extends InvalidValueException {
    private static final long serialVersionUID = 1L;

    /** The ceased unit. */
    private final String unitCode;

    /** The units that name it as their predecessor. */
    @SuppressWarnings("serial") // an unmodifiable list of strings, serializable
    private final List<String> successorCodes;

    /**
     * Creates the exception.
     *
     * @param unitCode the ceased unit
     * @param successorCodes the units that name it as a predecessor
     */
    public AmbiguousSuccessorException(String unitCode, List<String> successorCodes) {
        super(
                "unit '" + unitCode + "' has ceased and " + successorCodes.size() + " units name it as their"
                        + " predecessor (" + String.join(", ", successorCodes) + "): say in a successor mapping"
                        + " which one takes its dossiers",
                "Unit",
                unitCode,
                "successor",
                String.join(", ", successorCodes),
                "one successor");
        this.unitCode = unitCode;
        this.successorCodes = List.copyOf(successorCodes);
    }

    /**
     * Returns the ceased unit.
     *
     * @return its code
     */
    public String unitCode() {
        return unitCode;
    }

    /**
     * Returns the units that name it.
     *
     * @return their codes
     */
    public List<String> successorCodes() {
        return successorCodes;
    }
}
