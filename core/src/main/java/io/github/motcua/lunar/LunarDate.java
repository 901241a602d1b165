package io.github.motcua.lunar;

import io.github.motcua.CalendarRangeException;
import io.github.motcua.DateRange;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A date in the Vietnamese lunar calendar (âm lịch), such as Tết, the first day of the first
 * month, or the Hùng Kings' Commemoration on the tenth day of the third month.
 *
 * <pre>{@code
 * LunarDate tet = LunarDate.of(2023, 1, 1);
 * tet.toLocalDate();                                   // 2023-01-22
 * LunarDate.from(LocalDate.of(1985, 1, 21));           // 1985-01-01: Tết 1985 in Vietnam
 * LunarDate.of(2023, 2, 1, true).toLocalDate();        // 2023-03-22: first day of leap month 2
 * }</pre>
 *
 * <p>The calendar is computed astronomically for Vietnam's time zone, UTC+7: months start on the
 * local day of each new moon, month 11 contains the winter solstice, and in a year of 13 months the
 * first month without a major solar term is a leap month (tháng nhuận) bearing the previous
 * month's number. The Chinese calendar, computed for UTC+8, sometimes differs: Tết 1985 fell on
 * 21 January in Vietnam and 20 February in China, Tết 2007 on 17 February in Vietnam and 18
 * February in China.
 *
 * <p>The supported range is 1 January 1900 to 31 December 2199 in the solar calendar; a lunar date
 * whose solar day lies outside it is rejected with a {@link CalendarRangeException}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LunarDate implements Comparable<LunarDate> {
    private static final MonthTable TABLE = MonthTable.INSTANCE;

    private final int monthIndex;
    private final int day;

    private LunarDate(int monthIndex, int day) {
        this.monthIndex = monthIndex;
        this.day = day;
    }

    /**
     * Returns the solar days the conversion supports.
     *
     * @return 1900-01-01 to 2199-12-31
     */
    public static DateRange supportedRange() {
        return MonthTable.RANGE;
    }

    /**
     * Obtains the lunar date of a solar date.
     *
     * @param date the solar date, from 1900-01-01 to 2199-12-31
     * @return the lunar date
     * @throws CalendarRangeException if the date is outside the supported range
     */
    public static LunarDate from(LocalDate date) {
        Objects.requireNonNull(date, "date");
        requireSupported(date);
        long epochDay = date.toEpochDay();
        int index = TABLE.monthContaining(epochDay);
        return new LunarDate(index, Math.toIntExact(epochDay - TABLE.start(index)) + 1);
    }

    /**
     * Obtains a lunar date in a regular (not leap) month.
     *
     * @param year the lunar year, which starts at Tết
     * @param month the month, 1 to 12
     * @param day the day, 1 to 29 or 30 depending on the month
     * @return the lunar date
     * @throws DateTimeException if the date does not exist
     * @throws CalendarRangeException if its solar day is outside the supported range
     */
    public static LunarDate of(int year, int month, int day) {
        return of(year, month, day, false);
    }

    /**
     * Obtains a lunar date.
     *
     * @param year the lunar year, which starts at Tết
     * @param month the month, 1 to 12
     * @param day the day, 1 to 29 or 30 depending on the month
     * @param leapMonth true for the leap month that follows month {@code month}
     * @return the lunar date
     * @throws DateTimeException if the date does not exist: a month outside 1 to 12, a leap month
     *     the year does not have, or a day past the month's length; or if its year lies wholly
     *     outside the supported range
     * @throws CalendarRangeException if its solar day is outside the supported range
     */
    public static LunarDate of(int year, int month, int day, boolean leapMonth) {
        if (month < 1 || month > 12) {
            throw invalid(year, month, day, leapMonth, "does not exist: months are numbered 1 to 12");
        }
        int index = TABLE.indexOf(year, month, leapMonth);
        if (index < 0) {
            if (leapMonth && TABLE.indexOf(year, month, false) >= 0) {
                OptionalInt leap = leapMonthOf(year);
                String actual = leap.isPresent() ? "its leap month is " + leap.getAsInt() : "it has no leap month";
                throw invalid(
                        year,
                        month,
                        day,
                        leapMonth,
                        "does not exist: " + year + " has no leap month " + month + "; " + actual);
            }
            throw invalid(
                    year,
                    month,
                    day,
                    leapMonth,
                    "is outside the supported range: solar days " + MonthTable.RANGE.start() + " to "
                            + MonthTable.RANGE.endInclusive());
        }
        int length = TABLE.length(index);
        if (day < 1 || day > length) {
            throw invalid(
                    year,
                    month,
                    day,
                    leapMonth,
                    "does not exist: month " + month + (leapMonth ? " (leap)" : "") + " of " + year + " has " + length
                            + " days");
        }
        LunarDate date = new LunarDate(index, day);
        requireSupported(date.toLocalDate());
        return date;
    }

    /** The error for a lunar date that does not exist; the date is formatted only then, which is slow at start. */
    private static DateTimeException invalid(int year, int month, int day, boolean leap, String reason) {
        return new DateTimeException("lunar date " + format(year, month, day, leap) + " " + reason);
    }

    /**
     * Returns the number of the leap month of a lunar year, if it has one.
     *
     * @param year the lunar year
     * @return the number of the month that is repeated, or empty in a year of 12 months
     * @throws DateTimeException if the year is outside 1900 to 2199
     */
    public static OptionalInt leapMonthOf(int year) {
        if (year < MonthTable.RANGE.start().getYear()
                || year > MonthTable.RANGE.endInclusive().getYear()) {
            throw new DateTimeException("lunar year " + year + " is outside the supported range "
                    + MonthTable.RANGE.start().getYear() + " to "
                    + MonthTable.RANGE.endInclusive().getYear());
        }
        for (int month = 1; month <= 12; month++) {
            if (TABLE.indexOf(year, month, true) >= 0) {
                return OptionalInt.of(month);
            }
        }
        return OptionalInt.empty();
    }

    private static void requireSupported(LocalDate date) {
        if (!MonthTable.RANGE.contains(date)) {
            throw CalendarRangeException.outside("lunar calendar", date, MonthTable.RANGE);
        }
    }

    /**
     * Returns the lunar year, which starts at Tết.
     *
     * @return the year
     */
    public int year() {
        return TABLE.year(monthIndex);
    }

    /**
     * Returns the month's number.
     *
     * @return 1 to 12; a leap month has the number of the month before it
     */
    public int month() {
        return TABLE.number(monthIndex);
    }

    /**
     * Returns the day of the month.
     *
     * @return 1 to 30
     */
    public int day() {
        return day;
    }

    /**
     * Tells whether the date lies in a leap month.
     *
     * @return true in a leap month (tháng nhuận)
     */
    public boolean isLeapMonth() {
        return TABLE.isLeap(monthIndex);
    }

    /**
     * Returns the number of days in this date's month.
     *
     * @return 29 or 30
     */
    public int lengthOfMonth() {
        return TABLE.length(monthIndex);
    }

    /**
     * Returns the solar date of this lunar date.
     *
     * @return the solar date
     */
    public LocalDate toLocalDate() {
        return LocalDate.ofEpochDay(TABLE.start(monthIndex) + day - 1);
    }

    @Override
    public int compareTo(LunarDate other) {
        int order = Integer.compare(monthIndex, other.monthIndex);
        return order != 0 ? order : Integer.compare(day, other.day);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof LunarDate that && monthIndex == that.monthIndex && day == that.day;
    }

    @Override
    public int hashCode() {
        return 31 * monthIndex + day;
    }

    /**
     * Returns the date as {@code YYYY-MM-DD}, followed by {@code  leap} in a leap month, such as
     * {@code 2023-02-01 leap}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return format(year(), month(), day, isLeapMonth());
    }

    private static String format(int year, int month, int day, boolean leap) {
        return String.format("%04d-%02d-%02d%s", year, month, day, leap ? " leap" : "");
    }
}
