package io.github.motcua.timeliness;

import io.github.motcua.procedure.ProcessingTimeUnit;

/** How an end is compared with a due date (docs/rules.md §2.5). */
public enum Granularity {
    /**
     * The default: a procedure counted in working hours or the same day is compared by
     * {@link #INSTANT}, every other by {@link #DATE}. An end at 16:00 on the due date of a
     * working-hour procedure due at 09:00 is late (docs/rules.md §2.2, a secondary source).
     */
    BY_PROCESSING_TIME,
    /**
     * By calendar date for every procedure: ended before the due date is early, on it on time, after
     * it late (TT 01/2018/TT-VPCP indicators 1 and 7: shorter, equal, longer).
     */
    DATE,
    /**
     * By instant for every procedure, for systems that store due instants: ended after the due
     * instant is late, even on the due date; otherwise on time on the due date and early before it.
     */
    INSTANT;

    /**
     * Tells whether an end on the due date is compared with the due instant, for a procedure
     * counted in a unit.
     *
     * @param unit the unit of the procedure's processing time
     * @return true when the comparison is by instant
     */
    public boolean byInstant(ProcessingTimeUnit unit) {
        return switch (this) {
            case DATE -> false;
            case INSTANT -> true;
            case BY_PROCESSING_TIME -> unit.isTimed();
        };
    }
}
