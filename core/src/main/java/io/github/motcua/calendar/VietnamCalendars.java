package io.github.motcua.calendar;

import io.github.motcua.DateRange;
import java.time.LocalDate;

/**
 * The working calendar of Vietnam's civil service, from the data the library ships.
 *
 * <pre>{@code
 * WorkingCalendar national = VietnamCalendars.official();
 * WorkingCalendar sonLa = VietnamCalendars.builder()
 *         .entry(CalendarEntry.of(LocalDate.of(2025, 3, 14), DayKind.LOCAL_DAY_OFF, "Lễ hội Hoa Ban",
 *                 "Quyết định 123/QĐ-UBND ngày 01/3/2025 của UBND tỉnh Sơn La", EntryStatus.PUBLISHED))
 *         .build();
 * }</pre>
 *
 * <p>The data: for 2013 to 2026, the days off and make-up working days that the yearly notices set
 * for civil servants, each entry citing its notice (entries announced but not yet confirmed, such
 * as 2026's National Day, are {@link EntryStatus#PROVISIONAL}); for every other year of the range,
 * the holidays computed from the Labour Code by {@link StatutoryHolidays#defaults()}, all
 * provisional. The range starts on 1 May 2013, when the Labour Code 2012 took effect (before it,
 * Tết had four days), and ends on 31 December 2035.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class VietnamCalendars {
    /**
     * The range of the national calendar, 1 May 2013 to 31 December 2035: the Labour Code 2012 took
     * effect on its first day.
     */
    public static final DateRange RANGE =
            DateRange.ofClosed(StatutoryHolidays.LABOUR_CODE_2012_FROM, LocalDate.of(2035, 12, 31));

    static final String RESOURCE = "vietnam-civil-service.tsv";

    private VietnamCalendars() {}

    /** Loads and indexes the national calendar once, on first use. */
    private static final class Official {
        static final HolidaySchedule PUBLISHED = ScheduleResource.read(RESOURCE);
        static final WorkingCalendar CALENDAR = builder().build();
    }

    /**
     * Returns the national working calendar of the civil service.
     *
     * @return the calendar, from 1 May 2013 to 31 December 2035
     */
    public static WorkingCalendar official() {
        return Official.CALENDAR;
    }

    /**
     * Returns a builder that starts from the national data: the shipped schedule, the statutory
     * holidays for the years it does not cover, and the national range. Add a province's own days
     * off with {@link WorkingCalendar.Builder#entry}, or replace the data with
     * {@link WorkingCalendar.Builder#schedule}.
     *
     * @return a new builder
     */
    public static WorkingCalendar.Builder builder() {
        return WorkingCalendar.builder()
                .range(RANGE)
                .schedule(Official.PUBLISHED)
                .statutoryHolidays(StatutoryHolidays.defaults());
    }
}
