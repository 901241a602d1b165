package io.github.motcua.procedure;

/**
 * How a legal processing time is counted.
 *
 * <p>Most procedures state their time in working days; some in working hours, some in calendar
 * days, and some must be resolved the same day ("trong ngày", "ngay").
 */
public enum ProcessingTimeUnit {
    /** Working days of the working calendar (ngày làm việc). */
    WORKING_DAYS,
    /** Working hours inside the working sessions of a day (giờ làm việc). */
    WORKING_HOURS,
    /** Calendar days, weekly rest days and holidays included (ngày). */
    CALENDAR_DAYS,
    /** Resolved on the day of receipt (trong ngày); the amount is zero. */
    SAME_DAY;

    /**
     * Tells whether a time in this unit is counted to the instant, not to the day: working hours
     * and the same day. Such procedures are judged by their due instant by default, and a
     * supplement request after that instant is late (docs/rules.md §2.2, §2.3).
     *
     * @return true for {@link #WORKING_HOURS} and {@link #SAME_DAY}
     */
    public boolean isTimed() {
        return this == WORKING_HOURS || this == SAME_DAY;
    }
}
