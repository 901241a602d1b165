package io.github.motcua.io;

import io.github.motcua.DateRange;
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
     * Writes the days of a range, after the header.
     *
     * @param calendar the calendar
     * @param dates the days to write
     * @param out where the lines go, each ended by a line feed
     * @throws IOException if the output fails
     * @throws io.github.motcua.CalendarRangeException if a date is outside the calendar
     */
    public static void write(WorkingCalendar calendar, DateRange dates, Appendable out) throws IOException {
        // Rejects a range outside the calendar before writing.
        calendar.workingDaysBetween(dates.start(), dates.endInclusive());
        out.append(HEADER).append('\n');
        for (LocalDate date : (Iterable<LocalDate>) dates.stream()::iterator) {
            out.append(date.toString())
                    .append(',')
                    .append(Boolean.toString(calendar.isWorkingDay(date)))
                    .append(',')
                    .append(Integer.toString(
                            calendar.workingDaysBetween(calendar.range().start(), date)))
                    .append('\n');
        }
    }
}
