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
    SAME_DAY
}
