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
    /** The first date of the range. */
    private final LocalDate first;
    /** The last date of the range. */
    private final LocalDate last;

    /**
     * Creates an exception with a message of the caller's.
     *
     * @param message the message, which names the date and the range
     * @param date the date asked for, or counted from
     * @param first the first date of the range
     * @param last the last date of the range
     */
    public CalendarRangeException(String message, LocalDate date, LocalDate first, LocalDate last) {
        super(message);
        this.date = Objects.requireNonNull(date, "date");
        this.first = Objects.requireNonNull(first, "first");
        this.last = Objects.requireNonNull(last, "last");
    }

    /**
     * Creates an exception for a date outside a range, with the message
     * {@code WHAT: DATE is outside the supported range FIRST to LAST}.
     *
     * @param what what was asked, such as {@code working calendar}
     * @param date the date asked for
     * @param first the first date of the range
     * @param last the last date of the range
     * @return the exception
     */
    public static CalendarRangeException outside(String what, LocalDate date, LocalDate first, LocalDate last) {
        return new CalendarRangeException(
                what + ": " + date + " is outside the supported range " + first + " to " + last, date, first, last);
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
     * Returns the first date of the supported range.
     *
     * @return the first supported date
     */
    public LocalDate first() {
        return first;
    }

    /**
     * Returns the last date of the supported range.
     *
     * @return the last supported date
     */
    public LocalDate last() {
        return last;
    }
}
