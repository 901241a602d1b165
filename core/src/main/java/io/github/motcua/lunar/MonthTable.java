package io.github.motcua.lunar;

import io.github.motcua.DateRange;
import java.time.LocalDate;
import java.time.temporal.JulianFields;
import java.util.Arrays;

/**
 * Every month of the Vietnamese lunar calendar whose days fall between 1900 and 2199, computed
 * once, in order: its first day, its year and number, and whether it is a leap month.
 *
 * <p>The rules (Hồ Ngọc Đức's published algorithm, at UTC+7): a month starts on the local day of a
 * new moon; month 11 is the month that contains the winter solstice; when 13 months lie between
 * two months 11, the first of them after month 11 that contains no major solar term is the leap
 * month and takes the number of the month before it.
 */
final class MonthTable {
    /**
     * The Julian day number of epoch day 0, 1970-01-01, as {@link JulianFields#JULIAN_DAY} counts:
     * converting by arithmetic rather than through {@link LocalDate#with} keeps the table quick to
     * build at start.
     */
    private static final long JULIAN_DAY_OF_EPOCH_DAY_0 = 2_440_588;

    static final DateRange RANGE = DateRange.ofClosed(LocalDate.of(1900, 1, 1), LocalDate.of(2199, 12, 31));
    static final MonthTable INSTANCE =
            new MonthTable(RANGE.start().getYear() - 1, RANGE.endInclusive().getYear());

    /** The epoch day of the first day of each month, plus one after the last month. */
    private final long[] starts;

    private final int[] years;
    private final int[] numbers;
    private final boolean[] leaps;

    private MonthTable(int firstSolsticeYear, int lastSolsticeYear) {
        int capacity = (lastSolsticeYear - firstSolsticeYear + 1) * 13 + 1;
        long[] starts = new long[capacity];
        int[] years = new int[capacity];
        int[] numbers = new int[capacity];
        boolean[] leaps = new boolean[capacity];
        int count = 0;
        long nextMonth11 = month11(firstSolsticeYear);
        for (int solsticeYear = firstSolsticeYear; solsticeYear <= lastSolsticeYear; solsticeYear++) {
            long month11 = nextMonth11;
            nextMonth11 = month11(solsticeYear + 1);
            long k = (long) Math.floor((month11 - Astronomy.FIRST_NEW_MOON) / Astronomy.SYNODIC_MONTH + 0.5);
            int monthsInYear = nextMonth11 - month11 > 365 ? 13 : 12;
            int leapIndex = monthsInYear == 13 ? leapMonthIndex(k) : Integer.MAX_VALUE;
            for (int i = 0; i < monthsInYear; i++) {
                // Month 11 has index 0; from the leap month on, each month takes the previous number.
                int number = Math.floorMod(i + (i >= leapIndex ? 10 : 11) - 1, 12) + 1;
                starts[count] = toEpochDay(Astronomy.newMoonDay(k + i));
                numbers[count] = number;
                leaps[count] = i == leapIndex;
                years[count] = number >= 11 && i < 4 ? solsticeYear : solsticeYear + 1;
                count++;
            }
        }
        starts[count] = toEpochDay(nextMonth11);
        this.starts = Arrays.copyOf(starts, count + 1);
        this.years = Arrays.copyOf(years, count);
        this.numbers = Arrays.copyOf(numbers, count);
        this.leaps = Arrays.copyOf(leaps, count);
    }

    /** Returns the Julian day number of the first day of month 11 of a year (the winter solstice's month). */
    private static long month11(int year) {
        long lastDayOfYear = LocalDate.of(year, 12, 31).toEpochDay() + JULIAN_DAY_OF_EPOCH_DAY_0;
        long k = (long) Math.floor((lastDayOfYear - 2415021) / Astronomy.SYNODIC_MONTH);
        long newMoon = Astronomy.newMoonDay(k);
        return Astronomy.sunSegmentAtStartOf(newMoon) >= 9 ? Astronomy.newMoonDay(k - 1) : newMoon;
    }

    /**
     * Returns the index, counted from month 11 as 0, of the leap month of a 13-month year: the
     * first month whose start sees the sun in the same twelfth of the ecliptic as the next
     * month's start, so that it contains no major solar term.
     */
    private static int leapMonthIndex(long month11NewMoon) {
        int i = 1;
        int segment = Astronomy.sunSegmentAtStartOf(Astronomy.newMoonDay(month11NewMoon + i));
        int previous;
        do {
            previous = segment;
            i++;
            segment = Astronomy.sunSegmentAtStartOf(Astronomy.newMoonDay(month11NewMoon + i));
        } while (segment != previous && i < 14);
        return i - 1;
    }

    private static long toEpochDay(long julianDayNumber) {
        return julianDayNumber - JULIAN_DAY_OF_EPOCH_DAY_0;
    }

    /** Returns the index of the month that contains a day, which must lie in the table. */
    int monthContaining(long epochDay) {
        int found = Arrays.binarySearch(starts, epochDay);
        return found >= 0 ? found : -found - 2;
    }

    /** Returns the index of a month, or -1 when the table has no such month. */
    int indexOf(int year, int number, boolean leap) {
        int low = 0;
        int high = years.length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = compare(middle, year, number, leap);
            if (order < 0) {
                low = middle + 1;
            } else if (order > 0) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -1;
    }

    private int compare(int index, int year, int number, boolean leap) {
        int order = Integer.compare(years[index], year);
        if (order == 0) {
            order = Integer.compare(numbers[index], number);
        }
        return order != 0 ? order : Boolean.compare(leaps[index], leap);
    }

    long start(int index) {
        return starts[index];
    }

    int length(int index) {
        return Math.toIntExact(starts[index + 1] - starts[index]);
    }

    int year(int index) {
        return years[index];
    }

    int number(int index) {
        return numbers[index];
    }

    boolean isLeap(int index) {
        return leaps[index];
    }
}
