package io.github.motcua.evidence;

import java.time.LocalDate;

/**
 * How long a unit's step took against its allotment (TT 01/2018/TT-VPCP indicator 2): the day it
 * was completed compared with the step's due date, or not timed.
 */
public enum StepTiming {
    /** Completed before its due date. */
    SHORTER,
    /** Completed on its due date. */
    EQUAL,
    /** Completed after its due date. */
    LONGER,
    /** Not timed: the step has no allotment in the procedure, or is not completed. */
    NOT_TIMED;

    /**
     * Compares a completion day with a due date.
     *
     * @param completed the day the step was completed
     * @param due the step's due date
     * @return the timing
     */
    public static StepTiming of(LocalDate completed, LocalDate due) {
        int order = completed.compareTo(due);
        return order < 0 ? SHORTER : order == 0 ? EQUAL : LONGER;
    }
}
