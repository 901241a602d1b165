package io.github.motcua;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Thrown when a date lies outside the range a calendar covers, such as a working day asked for
 * before 1 May 2013, when the Labour Code 2012 that the working calendar starts with took effect.
 *
 * <p>The library never guesses outside its range: the message names the date and the range, so
 * that the caller can extend the data or correct the date.
 */
public class CalendarRangeException extends DateTimeException {
    private static final long serialVersionUID = 1L;

    /** The date asked for. */
    private final LocalDate date;
    /** The range the calendar covers. */
    private final DateRange range;

    /**
     * Creates an exception with a message of the caller's.
     *
     * @param message the message, which names the date and the range
     * @param date the date asked for, or counted from
     * @param range the range the calendar covers
     */
    public CalendarRangeException(String message, LocalDate date, DateRange range) {
        super(Objects.requireNonNull(message, "message"));
        this.date = Objects.requireNonNull(date, "date");
        this.range = Objects.requireNonNull(range, "range");
    }

    /**
     * Creates an exception for a date outside a range, with the message
     * {@code WHAT: DATE is outside the supported range FIRST to LAST}.
     *
     * @param what what was asked, such as {@code working calendar}
     * @param date the date asked for
     * @param range the range the calendar covers
     * @return the exception
     */
    public static CalendarRangeException outside(String what, LocalDate date, DateRange range) {
        Objects.requireNonNull(what, "what");
        return new CalendarRangeException(
                what + ": " + date + " is outside the supported range " + range.start() + " to " + range.endInclusive(),
                date,
                range);
    }

    /**
     * Returns the date that lies outside the range.
     *
     * @return the date asked for
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns the supported range.
     *
     * @return the range the calendar covers
     */
    public DateRange range() {
        return range;
    }
}
