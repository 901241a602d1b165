package io.github.motcua.cli.job;

import io.github.motcua.DateRange;
import io.github.motcua.calendar.CalendarEntry;
import io.github.motcua.calendar.WorkingCalendar;
import java.util.List;

/** The days off and make-up working days of a year asked for ({@code motcua calendar holidays}, {@code GET /v1/calendar/holidays}). */
public final class Holidays {
    private Holidays() {}

    /**
     * Returns each day off and make-up working day of a year of the calendar.
     *
     * @param calendar the working calendar
     * @param year the year
     * @return the entries, in date order
     * @throws IllegalArgumentException if the year is outside the calendar
     */
    public static List<CalendarEntry> of(WorkingCalendar calendar, int year) {
        DateRange range = calendar.range();
        if (year < range.start().getYear() || year > range.endInclusive().getYear()) {
            throw new IllegalArgumentException("Year " + year + " is outside the calendar, "
                    + range.start().getYear() + " to " + range.endInclusive().getYear());
        }
        return calendar.schedule().entriesIn(year);
    }
}
