package io.github.motcua.io;

/**
 * How many of a unit's procedures are eligible for online service and offered online.
 *
 * @param eligible the procedures eligible for online service
 * @param online of those, the procedures offered online, partially or fully
 */
public record OnlineProcedures(long eligible, long online) {
    /**
     * Checks the counts.
     *
     * @param eligible the procedures eligible for online service
     * @param online of those, the procedures offered online, partially or fully
     * @throws IllegalArgumentException if a count is negative or more are online than eligible
     */
    public OnlineProcedures {
        if (eligible < 0 || online < 0 || online > eligible) {
            throw new IllegalArgumentException("online procedures (" + online + ") must be between 0 and the eligible"
                    + " procedures (" + eligible + ")");
        }
    }
}
