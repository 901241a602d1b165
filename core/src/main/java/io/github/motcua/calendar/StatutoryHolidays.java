package io.github.motcua.calendar;

import io.github.motcua.CalendarRangeException;
import io.github.motcua.DateRange;
import io.github.motcua.lunar.LunarDate;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The public holidays the Labour Code gives every year, for years whose schedule has not been
 * published: each entry is {@link EntryStatus#PROVISIONAL}.
 *
 * <p>The Labour Code fixes the occasions and the number of days; the Prime Minister fixes each
 * year which days around Tết and next to National Day are taken (Labour Code 2019 Điều 112.3).
 * Those two choices are named policies here, with the defaults that recent years followed most
 * often. Rules:
 *
 * <ul>
 *   <li>Labour Code 2012 (Bộ luật Lao động 2012, Điều 115; in force 1 May 2013 to 31 December
 *       2020): New Year 1/1; Tết 5 days; Hùng Kings 10/3 lunar; 30/4; 1/5; National Day 2/9. A
 *       holiday on a weekly rest day gives a day off on the next working day (Điều 115.3).
 *   <li>Labour Code 2019 (Bộ luật Lao động 2019, Điều 112; in force from 1 January 2021): the same,
 *       and National Day takes 2/9 and one adjacent day. A holiday on a weekly rest day gives a day
 *       off on the next working day (Điều 111.3).
 * </ul>
 *
 * <p>Vietnamese Culture Day, 24 November, is counted from 2026 as a day off: the Politburo decided
 * it (Nghị quyết 80-NQ/TW ngày 07/01/2026), but the amendment of the Labour Code is not confirmed
 * (docs/rules.md §2.1, a secondary source), so it is a named choice, on by default.
 *
 * <p>Saturday and Sunday are the weekly rest days of the civil service. Entries are only written
 * for weekdays: a holiday on a weekend appears as its compensatory day.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StatutoryHolidays {
    /** The Labour Code 2012 (Luật số 10/2012/QH13) took effect on this day; earlier years are not supported. */
    public static final LocalDate LABOUR_CODE_2012_FROM = LocalDate.of(2013, 5, 1);

    /** The Labour Code 2019 (Luật số 45/2019/QH14) took effect on this day: National Day has two days. */
    public static final LocalDate LABOUR_CODE_2019_FROM = LocalDate.of(2021, 1, 1);

    /** The days the rules are computed for: from the Labour Code 2012 to the lunar calendar's end. */
    static final DateRange SUPPORTED =
            DateRange.ofClosed(LABOUR_CODE_2012_FROM, LunarDate.supportedRange().endInclusive());

    private static final String SOURCE_2012 =
            "Bộ luật Lao động 2012, Điều 115 (computed: no notice for this year in the data)";
    private static final String SOURCE_2019 =
            "Bộ luật Lao động 2019, Điều 111.3 và 112 (computed: no notice for this year in the data)";
    private static final String SOURCE_2019_CULTURE_DAY = "Bộ luật Lao động 2019, Điều 111.3 và 112; Ngày Văn hóa"
            + " Việt Nam 24/11 theo Nghị quyết 80-NQ/TW ngày 07/01/2026 (computed: no notice for this year in the data)";

    /** Which five days of Tết are taken: the Prime Minister decides each year. */
    public enum TetDays {
        /** The last day of the old year and the first four of the new one (the default). */
        LAST_DAY_AND_FIRST_FOUR(1),
        /** The last two days of the old year and the first three of the new one. */
        LAST_TWO_AND_FIRST_THREE(2);

        private final int daysBefore;

        TetDays(int daysBefore) {
            this.daysBefore = daysBefore;
        }
    }

    /** Which day next to 2 September is National Day's second day (from 2021): the Prime Minister decides. */
    public enum NationalDayExtraDay {
        /** 1 September (the default, as in 2022, 2023, 2025 and 2026). */
        DAY_BEFORE,
        /** 3 September (as in 2021 and 2024). */
        DAY_AFTER
    }

    /** The first year in which Vietnamese Culture Day (24/11) is counted as a day off. */
    public static final int CULTURE_DAY_FROM_YEAR = 2026;

    /** Vietnamese Culture Day, 24 November (NQ 80-NQ/TW of 7/1/2026; the Labour Code amendment is unconfirmed). */
    private static final MonthDay CULTURE_DAY = MonthDay.of(11, 24);

    private static final StatutoryHolidays DEFAULTS =
            new StatutoryHolidays(TetDays.LAST_DAY_AND_FIRST_FOUR, NationalDayExtraDay.DAY_BEFORE, true);

    private final TetDays tetDays;
    private final NationalDayExtraDay nationalDayExtraDay;
    private final boolean cultureDay;

    private StatutoryHolidays(TetDays tetDays, NationalDayExtraDay nationalDayExtraDay, boolean cultureDay) {
        this.tetDays = tetDays;
        this.nationalDayExtraDay = nationalDayExtraDay;
        this.cultureDay = cultureDay;
    }

    /**
     * Returns the rules with the default choices: Tết from the last day of the old year, National
     * Day's second day on 1 September.
     *
     * @return the default rules
     */
    public static StatutoryHolidays defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with another choice of Tết days.
     *
     * @param tetDays which five days of Tết are taken
     * @return the changed rules
     */
    public StatutoryHolidays withTetDays(TetDays tetDays) {
        return new StatutoryHolidays(Objects.requireNonNull(tetDays, "tetDays"), nationalDayExtraDay, cultureDay);
    }

    /**
     * Returns a copy with another choice of National Day's second day.
     *
     * @param extraDay the day next to 2 September
     * @return the changed rules
     */
    public StatutoryHolidays withNationalDayExtraDay(NationalDayExtraDay extraDay) {
        return new StatutoryHolidays(tetDays, Objects.requireNonNull(extraDay, "extraDay"), cultureDay);
    }

    /**
     * Returns a copy that counts, or not, Vietnamese Culture Day (24/11) as a day off from 2026. The
     * choice reaches every day the calendar builds from these rules: the computed years and the
     * schedule's own provisional rows, such as 24/11/2026 in the national data
     * ({@code VietnamCalendars.builder().statutoryHolidays(StatutoryHolidays.defaults().withCultureDay(false))}).
     * A row the schedule marks published is the law and stays.
     *
     * @param cultureDay true to count it (the default)
     * @return the changed rules
     */
    public StatutoryHolidays withCultureDay(boolean cultureDay) {
        return new StatutoryHolidays(tetDays, nationalDayExtraDay, cultureDay);
    }

    /**
     * Tells whether Vietnamese Culture Day (24/11) is counted as a day off from 2026.
     *
     * @return true when it is counted
     */
    public boolean cultureDay() {
        return cultureDay;
    }

    /**
     * Returns the choice of Tết days.
     *
     * @return the Tết policy
     */
    public TetDays tetDays() {
        return tetDays;
    }

    /**
     * Returns the choice of National Day's second day.
     *
     * @return the National Day policy
     */
    public NationalDayExtraDay nationalDayExtraDay() {
        return nationalDayExtraDay;
    }

    /**
     * Computes the weekdays off of a year: its holidays on weekdays and the compensatory days of
     * those on weekends, all provisional.
     *
     * @param year the year, from 2013 to 2199 (the Tết days of a year end in the lunar calendar's range)
     * @return the entries in date order; for 2013, only those from 1 May, when the Labour Code 2012
     *     took effect
     * @throws CalendarRangeException if the year is before 2013, when the Labour Code 2012 took
     *     effect, or beyond the lunar calendar
     */
    public List<CalendarEntry> entriesFor(int year) {
        if (year < LABOUR_CODE_2012_FROM.getYear()) {
            throw CalendarRangeException.outside(
                    "statutory holidays (Labour Code 2012 or later)", LocalDate.of(year, 1, 1), SUPPORTED);
        }
        boolean code2019 = year >= LABOUR_CODE_2019_FROM.getYear();
        String source = !code2019 ? SOURCE_2012 : includesCultureDay(year) ? SOURCE_2019_CULTURE_DAY : SOURCE_2019;
        TreeMap<LocalDate, String> holidays = new TreeMap<>();
        holidays.put(LocalDate.of(year, 1, 1), "Tết Dương lịch");
        LocalDate tet = LunarDate.of(year, 1, 1).toLocalDate();
        for (int day = -tetDays.daysBefore; day < 5 - tetDays.daysBefore; day++) {
            holidays.put(tet.plusDays(day), "Tết Âm lịch");
        }
        holidays.put(LunarDate.of(year, 3, 10).toLocalDate(), "Giỗ Tổ Hùng Vương");
        holidays.put(MonthDay.of(4, 30).atYear(year), "Ngày Chiến thắng");
        holidays.put(MonthDay.of(5, 1).atYear(year), "Ngày Quốc tế lao động");
        LocalDate nationalDay = MonthDay.of(9, 2).atYear(year);
        holidays.put(nationalDay, "Quốc khánh");
        if (code2019) {
            holidays.put(
                    nationalDayExtraDay == NationalDayExtraDay.DAY_BEFORE
                            ? nationalDay.minusDays(1)
                            : nationalDay.plusDays(1),
                    "Quốc khánh");
        }
        if (includesCultureDay(year)) {
            holidays.put(CULTURE_DAY.atYear(year), "Ngày Văn hóa Việt Nam");
        }
        return entries(holidays.tailMap(LABOUR_CODE_2012_FROM, true), source);
    }

    /**
     * Tells whether these rules decline an entry of a schedule: a provisional Vietnamese Culture
     * Day (24/11, from 2026) when the day is not counted. A published one is the law and stays.
     */
    boolean declines(CalendarEntry entry) {
        LocalDate date = entry.date();
        return !cultureDay
                && entry.status() == EntryStatus.PROVISIONAL
                && entry.kind() == DayKind.PUBLIC_HOLIDAY
                && date.getYear() >= CULTURE_DAY_FROM_YEAR
                && MonthDay.from(date).equals(CULTURE_DAY);
    }

    private boolean includesCultureDay(int year) {
        return cultureDay && year >= CULTURE_DAY_FROM_YEAR;
    }

    private static List<CalendarEntry> entries(SortedMap<LocalDate, String> holidays, String source) {
        List<CalendarEntry> entries = new ArrayList<>();
        TreeMap<LocalDate, String> compensatory = new TreeMap<>();
        holidays.forEach((date, name) -> {
            if (CalendarEntry.isWeekend(date)) {
                LocalDate dayOff = date.plusDays(1);
                while (CalendarEntry.isWeekend(dayOff)
                        || holidays.containsKey(dayOff)
                        || compensatory.containsKey(dayOff)) {
                    dayOff = dayOff.plusDays(1);
                }
                compensatory.put(dayOff, "Nghỉ bù " + name);
            } else {
                entries.add(CalendarEntry.of(date, DayKind.PUBLIC_HOLIDAY, name, source, EntryStatus.PROVISIONAL));
            }
        });
        compensatory.forEach((date, name) -> entries.add(
                CalendarEntry.of(date, DayKind.COMPENSATORY_DAY_OFF, name, source, EntryStatus.PROVISIONAL)));
        entries.sort((a, b) -> a.date().compareTo(b.date()));
        return List.copyOf(entries);
    }

    /**
     * Returns the rules as text, such as
     * {@code StatutoryHolidays[tetDays=LAST_DAY_AND_FIRST_FOUR, nationalDayExtraDay=DAY_BEFORE]}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return "StatutoryHolidays[tetDays=" + tetDays + ", nationalDayExtraDay=" + nationalDayExtraDay + ", cultureDay="
                + cultureDay + "]";
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof StatutoryHolidays that
                && tetDays == that.tetDays
                && nationalDayExtraDay == that.nationalDayExtraDay
                && cultureDay == that.cultureDay;
    }

    @Override
    public int hashCode() {
        return Objects.hash(tetDays, nationalDayExtraDay, cultureDay);
    }
}
