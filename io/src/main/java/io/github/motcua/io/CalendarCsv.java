package io.github.motcua.io;

import io.github.motcua.calendar.WorkingCalendar;
import java.io.IOException;
import java.time.LocalDate;

/**
 * Writes a working calendar as CSV, {@code date,working,working_day_ordinal}, for tools outside
 * Java such as SQL engines: {@code working_day_ordinal} counts the working days after the
 * calendar's first day up to and including the date, so that the N-th working day after a date D
 * is the working date whose ordinal is D's plus N.
 */
public final class CalendarCsv {
    /** The header row. */
    public static final String HEADER = "date,working,working_day_ordinal";

    private CalendarCsv() {}

    /**
     * Writes the days from one date to another, both included, after the header.
     *
     * @param calendar the calendar
     * @param from the first date
     * @param to the last date, not before the first
     * @param out where the lines go, each ended by a line feed
     * @throws IOException if the output fails
     * @throws IllegalArgumentException if the last date is before the first
     * @throws io.github.motcua.CalendarRangeException if a date is outside the calendar
     */
    public static void write(WorkingCalendar calendar, LocalDate from, LocalDate to, Appendable out)
            throws IOException {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the last date " + to + " is before the first " + from);
        }
        calendar.workingDaysBetween(from, to); // rejects a range outside the calendar before writing
        out.append(HEADER).append('\n');
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            out.append(date.toString())
                    .append(',')
                    .append(Boolean.toString(calendar.isWorkingDay(date)))
                    .append(',')
                    .append(Integer.toString(calendar.workingDaysBetween(calendar.first(), date)))
                    .append('\n');
        }
    }
}
