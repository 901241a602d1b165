package io.github.motcua.calendar;

import io.github.motcua.CalendarRangeException;
import io.github.motcua.DateRange;
import io.github.motcua.VietnamTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which days are working days, and arithmetic in working days, over a closed range of dates.
 *
 * <pre>{@code
 * WorkingCalendar calendar = VietnamCalendars.official();
 * calendar.isWorkingDay(LocalDate.of(2023, 1, 23));                  // false: Tết
 * calendar.plusWorkingDays(LocalDate.of(2023, 1, 19), 1);            // 2023-01-27
 * calendar.workingDaysBetween(LocalDate.of(2023, 1, 19), LocalDate.of(2023, 1, 27)); // 1
 * }</pre>
 *
 * <p>A working day is a Monday to Friday without a day off in the schedule, or a Saturday or
 * Sunday that the schedule makes a make-up working day. Counting follows the Civil Code 2015
 * (Điều 147): the day a period starts from is not counted, so {@code plusWorkingDays(d, n)} is the
 * n-th working day after {@code d}, and {@code workingDaysBetween} counts the end day but not the
 * start day, so that the two invert each other.
 *
 * <p>Every query is answered from an index built once, in constant time. A date outside the
 * calendar's range is an error, never a guess: the methods throw {@link CalendarRangeException}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WorkingCalendar {
    private final DateRange range;
    private final HolidaySchedule schedule;
    private final WorkingHours workingHours;
    private final long firstEpochDay;
    private final SortedSet<Integer> computedYears;

    /** The epoch days of the schedule's provisional entries outside the computed years, in order. */
    private final long[] provisionalDays;

    /** The provisional entries of the data that the statutory choices declined, by date. */
    private final Map<LocalDate, CalendarEntry> declined;

    /** For each day of the range, the number of working days from the range's start up to it, inclusive. */
    private final int[] workingDaysThrough;

    /** The epoch day of each working day of the range, in order. */
    private final long[] workingDays;

    private WorkingCalendar(
            DateRange range,
            HolidaySchedule schedule,
            WorkingHours workingHours,
            SortedSet<Integer> computedYears,
            List<CalendarEntry> declined) {
        this.range = range;
        this.schedule = schedule;
        this.workingHours = workingHours;
        this.computedYears = Collections.unmodifiableSortedSet(new TreeSet<>(computedYears));
        this.declined = declined.stream()
                .filter(entry -> schedule.entry(entry.date()).isEmpty())
                .collect(Collectors.toUnmodifiableMap(CalendarEntry::date, entry -> entry, (a, b) -> a));
        this.provisionalDays = java.util.stream.Stream.concat(
                        schedule.entries().stream(), this.declined.values().stream())
                .filter(entry -> entry.status() == EntryStatus.PROVISIONAL
                        && !computedYears.contains(entry.date().getYear()))
                .mapToLong(entry -> entry.date().toEpochDay())
                .sorted()
                .toArray();
        this.firstEpochDay = range.start().toEpochDay();
        int days = Math.toIntExact(range.lengthInDays());
        // Monday to Friday, then the schedule's entries: an array rather than a look-up per day, quick at start.
        boolean[] isWorking = new boolean[days];
        int firstDayOfWeek = range.start().getDayOfWeek().getValue() - 1;
        for (int i = 0; i < days; i++) {
            isWorking[i] = (firstDayOfWeek + i) % 7 < 5;
        }
        for (CalendarEntry entry : schedule.entries()) {
            long offset = entry.date().toEpochDay() - firstEpochDay;
            if (offset >= 0 && offset < days) {
                isWorking[(int) offset] = !entry.kind().isDayOff();
            }
        }
        this.workingDaysThrough = new int[days];
        long[] working = new long[days];
        int count = 0;
        for (int i = 0; i < days; i++) {
            if (isWorking[i]) {
                working[count++] = firstEpochDay + i;
            }
            workingDaysThrough[i] = count;
        }
        this.workingDays = Arrays.copyOf(working, count);
    }

    /**
     * Returns a builder of a calendar with no entries; {@link VietnamCalendars#builder()} starts
     * from the national data instead.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the range of dates the calendar answers for.
     *
     * @return the range
     */
    public DateRange range() {
        return range;
    }

    /**
     * Returns the schedule of days off and make-up working days the calendar is built from.
     *
     * @return the schedule
     */
    public HolidaySchedule schedule() {
        return schedule;
    }

    /**
     * Returns the sessions of each working day.
     *
     * @return the working hours
     */
    public WorkingHours workingHours() {
        return workingHours;
    }

    /**
     * Returns the years whose days off were computed from the Labour Code by
     * {@link StatutoryHolidays}, because the schedule has no data for them: every day off of such a
     * year is provisional, and a report that counts in one says so once (docs/rules.md §2.1).
     *
     * @return the computed years, in order; empty for a calendar built without statutory holidays
     */
    public SortedSet<Integer> computedYears() {
        return computedYears;
    }

    /**
     * Returns the schedule's provisional entries (announced but not confirmed, such as Vietnamese
     * Culture Day 2026) dated in a range, leaving out the {@linkplain #computedYears() computed
     * years}: a deadline whose counting window holds one carries a finding that names it. An entry
     * the statutory choices declined (24/11/2026 without the culture day) is still listed, as the
     * data gives it, though the calendar counts its date as a working day ({@link #isWorkingDay}
     * says which).
     *
     * @param from the first date
     * @param to the last date, inclusive
     * @return the entries in date order; empty when there are none
     */
    public List<CalendarEntry> provisionalEntries(LocalDate from, LocalDate to) {
        long first = from.toEpochDay();
        long last = to.toEpochDay();
        return hasProvisionalEntries(first, last) ? provisionalEntriesBetween(first, last) : List.of();
    }

    /**
     * Tells whether {@link #provisionalEntries} has an entry in a range of epoch days, without
     * building a date: the form for paths that count millions of deadlines.
     *
     * @param fromEpochDay the first day, as {@link LocalDate#toEpochDay()} gives it
     * @param toEpochDay the last day, inclusive
     * @return true when there is a provisional entry between them
     */
    public boolean hasProvisionalEntries(long fromEpochDay, long toEpochDay) {
        if (provisionalDays.length == 0
                || toEpochDay < provisionalDays[0]
                || fromEpochDay > provisionalDays[provisionalDays.length - 1]) {
            return false; // the common path, kept small enough to inline
        }
        int found = Arrays.binarySearch(provisionalDays, fromEpochDay);
        int next = found >= 0 ? found : -found - 1;
        return next < provisionalDays.length && provisionalDays[next] <= toEpochDay;
    }

    private List<CalendarEntry> provisionalEntriesBetween(long first, long last) {
        int found = Arrays.binarySearch(provisionalDays, first);
        List<CalendarEntry> entries = new ArrayList<>();
        for (int i = found >= 0 ? found : -found - 1; i < provisionalDays.length && provisionalDays[i] <= last; i++) {
            LocalDate date = LocalDate.ofEpochDay(provisionalDays[i]);
            entries.add(schedule.entry(date).orElseGet(() -> declined.get(date)));
        }
        return List.copyOf(entries);
    }

    /**
     * Returns the instant the working time starts at or after an instant: the instant itself when
     * it falls inside a working session of a working day, otherwise the start of the next session.
     * A dossier received outside working hours or on a day off counts from there (docs/rules.md
     * §2.2).
     *
     * @param instant the instant
     * @return the instant itself, or the start of the next working session
     * @throws CalendarRangeException if a day involved is outside the range
     */
    public Instant nextWorkingInstant(Instant instant) {
        long day = VietnamTime.epochDayOf(instant);
        int index = index(day);
        if (isWorking(index)) {
            long nanoOfDay = VietnamTime.nanoOfDayOf(instant);
            int session = workingHours.sessionAtOrAfter(nanoOfDay);
            if (session >= 0) {
                return workingHours.startsAfter(session, nanoOfDay) ? sessionStart(day, session) : instant;
            }
        }
        int next = workingDaysThrough[index];
        if (next >= workingDays.length) {
            throw new CalendarRangeException(
                    "working calendar: the working day after " + LocalDate.ofEpochDay(day) + " falls outside the range "
                            + range.start() + " to " + range.endInclusive(),
                    LocalDate.ofEpochDay(day),
                    range);
        }
        return sessionStart(workingDays[next], 0);
    }

    private Instant sessionStart(long epochDay, int session) {
        return at(epochDay, workingHours.sessions().get(session).start());
    }

    /**
     * Tells whether a date is a working day.
     *
     * @param date the date
     * @return true on a working day
     * @throws CalendarRangeException if the date is outside the range
     */
    public boolean isWorkingDay(LocalDate date) {
        return isWorking(index(date));
    }

    /**
     * Tells whether a day is a working day, without building a date: the form for paths that count
     * millions of deadlines.
     *
     * @param epochDay the day, as {@link LocalDate#toEpochDay()} gives it
     * @return true on a working day
     * @throws CalendarRangeException if the day is outside the range
     */
    public boolean isWorkingDay(long epochDay) {
        return isWorking(index(epochDay));
    }

    private boolean isWorking(int index) {
        int before = index == 0 ? 0 : workingDaysThrough[index - 1];
        return workingDaysThrough[index] > before;
    }

    /**
     * Returns the n-th working day after a date, or before it for a negative n.
     *
     * <p>The date itself is not counted, whether or not it is a working day: for a dossier
     * received on Friday 19 January 2023 with a processing time of one working day, the due date
     * is Friday 27 January 2023, the first working day after Tết. {@code plusWorkingDays(d, 0)}
     * is {@code d}.
     *
     * @param date the date to count from
     * @param workingDays the number of working days; negative to count backwards
     * @return the date reached
     * @throws CalendarRangeException if the date, or the date reached, is outside the range
     */
    public LocalDate plusWorkingDays(LocalDate date, int workingDays) {
        return workingDays == 0 ? date : LocalDate.ofEpochDay(plusWorkingDays(date.toEpochDay(), workingDays));
    }

    /**
     * Returns the n-th working day after a day, or before it for a negative n, as {@link
     * #plusWorkingDays(LocalDate, int)} does, without building a date: the form for paths that
     * count millions of deadlines.
     *
     * @param epochDay the day to count from, as {@link LocalDate#toEpochDay()} gives it
     * @param workingDays the number of working days; negative to count backwards
     * @return the day reached, as an epoch day
     * @throws CalendarRangeException if the day, or the day reached, is outside the range
     */
    public long plusWorkingDays(long epochDay, int workingDays) {
        int index = index(epochDay);
        if (workingDays == 0) {
            return epochDay;
        }
        int through = workingDaysThrough[index];
        long target = workingDays > 0
                ? (long) through + workingDays - 1
                : (long) through - (isWorking(index) ? 1 : 0) + workingDays;
        if (target < 0 || target >= this.workingDays.length) {
            LocalDate date = LocalDate.ofEpochDay(epochDay);
            throw new CalendarRangeException(
                    "working calendar: " + workingDays + " working days from " + date + " fall outside the range "
                            + range.start() + " to " + range.endInclusive(),
                    date,
                    range);
        }
        return this.workingDays[(int) target];
    }

    /**
     * Counts the working days after a start date up to and including an end date.
     *
     * <p>This inverts {@link #plusWorkingDays} for counts of zero or more:
     * {@code workingDaysBetween(d, plusWorkingDays(d, n))} is {@code n} for every {@code n >= 0}.
     * When the end is before the start the count is negated: {@code workingDaysBetween(a, b)} is
     * {@code -workingDaysBetween(b, a)}.
     *
     * @param start the date counted from, not itself counted
     * @param end the last date counted
     * @return the number of working days in (start, end], negated when end is before start
     * @throws CalendarRangeException if either date is outside the range
     */
    public int workingDaysBetween(LocalDate start, LocalDate end) {
        return workingDaysThrough[index(end)] - workingDaysThrough[index(start)];
    }

    /**
     * Returns the instant a number of working hours after an instant, counting only the time inside
     * the working sessions of working days.
     *
     * <p>For example, with sessions 07:00–11:30 and 13:30–17:00, four working hours from Friday
     * 15:00 end on Monday 09:00 (when Monday is a working day). Time before the first session, at
     * lunch or after the last session counts from the next session's start.
     *
     * @param start the instant counted from
     * @param hours the number of working hours, not negative
     * @return the instant the hours run out; the end of a session when they run out exactly then
     * @throws IllegalArgumentException if {@code hours} is negative
     * @throws CalendarRangeException if a day involved is outside the range
     */
    public Instant plusWorkingHours(Instant start, int hours) {
        return plusWorkingTime(start, Duration.ofHours(hours));
    }

    /**
     * Returns the instant an amount of working time after an instant, counting only the time inside
     * the working sessions of working days; see {@link #plusWorkingHours}.
     *
     * @param start the instant counted from
     * @param amount the working time, not negative
     * @return the instant the time runs out
     * @throws IllegalArgumentException if {@code amount} is negative
     * @throws CalendarRangeException if a day involved is outside the range
     */
    public Instant plusWorkingTime(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("working time must not be negative: " + amount);
        }
        LocalDateTime local = LocalDateTime.ofInstant(start, VietnamTime.ZONE);
        LocalDate day = local.toLocalDate();
        long remaining = amount.toSeconds();
        long done = isWorkingDay(day) ? workingHours.secondsBefore(local.toLocalTime()) : workingHours.secondsPerDay();
        long daily = workingHours.secondsPerDay();
        if (remaining == 0) {
            return start;
        }
        if (done + remaining <= daily) {
            return at(day, workingHours.timeAfter(done + remaining));
        }
        remaining -= daily - done;
        long fullDays = (remaining - 1) / daily;
        LocalDate lastDay = plusWorkingDays(day, Math.toIntExact(fullDays + 1));
        return at(lastDay, workingHours.timeAfter(remaining - fullDays * daily));
    }

    /**
     * Returns the working time between two instants: the time inside the working sessions of
     * working days.
     *
     * @param start the first instant
     * @param end the second instant
     * @return the working time, negative when {@code end} is before {@code start}
     * @throws CalendarRangeException if a day involved is outside the range
     */
    public Duration workingTimeBetween(Instant start, Instant end) {
        if (end.isBefore(start)) {
            return workingTimeBetween(end, start).negated();
        }
        LocalDateTime from = LocalDateTime.ofInstant(start, VietnamTime.ZONE);
        LocalDateTime to = LocalDateTime.ofInstant(end, VietnamTime.ZONE);
        // Whole working days from the start of the first day to the start of the last, then the parts of each.
        long wholeDays = workingDaysBetween(from.toLocalDate(), to.toLocalDate())
                + (isWorkingDay(from.toLocalDate()) ? 1 : 0)
                - (isWorkingDay(to.toLocalDate()) ? 1 : 0);
        return Duration.ofSeconds(wholeDays * workingHours.secondsPerDay() + workedThrough(to) - workedThrough(from));
    }

    /**
     * Returns the end of the last working session of a day, the due instant of a same-day procedure.
     *
     * @param date the day
     * @return the instant the day's working hours end, in Vietnam's time
     */
    public Instant endOfWorkingDay(LocalDate date) {
        return endOfWorkingDay(date.toEpochDay());
    }

    /**
     * Returns the end of the last working session of a day, as {@link #endOfWorkingDay(LocalDate)}
     * does, without building a date.
     *
     * @param epochDay the day, as {@link LocalDate#toEpochDay()} gives it
     * @return the instant the day's working hours end, in Vietnam's time
     */
    public Instant endOfWorkingDay(long epochDay) {
        return at(epochDay, workingHours.endOfDay());
    }

    private long workedThrough(LocalDateTime time) {
        return isWorkingDay(time.toLocalDate()) ? workingHours.secondsBefore(time.toLocalTime()) : 0;
    }

    private static Instant at(LocalDate date, LocalTime time) {
        return at(date.toEpochDay(), time);
    }

    private static Instant at(long epochDay, LocalTime time) {
        return VietnamTime.atLocal(epochDay, time.toSecondOfDay()).plusNanos(time.getNano());
    }

    private int index(LocalDate date) {
        return index(date.toEpochDay());
    }

    private int index(long epochDay) {
        long offset = epochDay - firstEpochDay;
        if (offset < 0 || offset >= workingDaysThrough.length) {
            throw CalendarRangeException.outside("working calendar", LocalDate.ofEpochDay(epochDay), range);
        }
        return (int) offset;
    }

    /**
     * Returns a summary, such as {@code WorkingCalendar[2013-05-01 to 2035-12-31]}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return "WorkingCalendar[" + range.start() + " to " + range.endInclusive() + "]";
    }

    /**
     * Builds working calendars: a range, a schedule, entries added on top of it, and optionally the
     * statutory holidays for years the schedule leaves empty.
     */
    public static final class Builder {
        private WorkingHours workingHours = WorkingHours.DEFAULT;
        private DateRange range = VietnamCalendars.RANGE;
        private HolidaySchedule schedule = HolidaySchedule.empty();
        private final List<CalendarEntry> entries = new ArrayList<>();
        private Optional<StatutoryHolidays> statutory = Optional.empty();

        Builder() {}

        /**
         * Sets the range; by default {@link VietnamCalendars#RANGE}, 1 May 2013 to 31 December 2035.
         *
         * @param range the dates the calendar answers for
         * @return this builder
         */
        public Builder range(DateRange range) {
            this.range = Objects.requireNonNull(range, "range");
            return this;
        }

        /**
         * Sets the sessions of each working day; by default {@link WorkingHours#DEFAULT}.
         *
         * @param workingHours the working hours
         * @return this builder
         */
        public Builder workingHours(WorkingHours workingHours) {
            this.workingHours = Objects.requireNonNull(workingHours, "workingHours");
            return this;
        }

        /**
         * Replaces the schedule the calendar starts from; entries added with {@link #entry} still
         * apply on top of it.
         *
         * @param schedule the schedule
         * @return this builder
         */
        public Builder schedule(HolidaySchedule schedule) {
            this.schedule = Objects.requireNonNull(schedule, "schedule");
            return this;
        }

        /**
         * Adds an entry on top of the schedule and of any statutory holidays, replacing what they
         * say of that date, such as a province's own day off.
         *
         * @param entry the entry
         * @return this builder
         */
        public Builder entry(CalendarEntry entry) {
            entries.add(Objects.requireNonNull(entry, "entry"));
            return this;
        }

        /**
         * Fills every year of the range that has no entry in the schedule with the statutory
         * holidays, as provisional entries, and applies their choices to the schedule's own
         * provisional entries: with {@link StatutoryHolidays#withCultureDay withCultureDay(false)}, a
         * provisional Vietnamese Culture Day in the schedule (24/11/2026 in the national data) is a
         * working day too.
         *
         * @param rules the statutory rules and their yearly choices
         * @return this builder
         */
        public Builder statutoryHolidays(StatutoryHolidays rules) {
            this.statutory = Optional.of(Objects.requireNonNull(rules, "rules"));
            return this;
        }

        /**
         * Builds the calendar and its index.
         *
         * @return the calendar
         * @throws CalendarRangeException if statutory holidays are asked for a year the schedule
         *     leaves empty and the range reaches before 1 May 2013, when the Labour Code 2012 took
         *     effect
         */
        public WorkingCalendar build() {
            HolidaySchedule filled = schedule;
            SortedSet<Integer> computed = new TreeSet<>();
            List<CalendarEntry> declined = new ArrayList<>();
            if (statutory.isPresent()) {
                List<CalendarEntry> all = new ArrayList<>(schedule.entries());
                all.stream().filter(statutory.get()::declines).forEach(declined::add);
                all.removeIf(statutory.get()::declines);
                SortedSet<Integer> covered = schedule.years();
                for (int year = range.start().getYear();
                        year <= range.endInclusive().getYear();
                        year++) {
                    if (!covered.contains(year)) {
                        requireLabourCode2012(year);
                        all.addAll(statutory.get().entriesFor(year));
                        computed.add(year);
                    }
                }
                filled = HolidaySchedule.of(all);
            }
            for (CalendarEntry entry : entries) {
                filled = filled.with(entry);
            }
            return new WorkingCalendar(range, filled, workingHours, computed, declined);
        }

        private void requireLabourCode2012(int year) {
            if (year == StatutoryHolidays.SUPPORTED.start().getYear()
                    && !StatutoryHolidays.SUPPORTED.contains(range.start())) {
                throw CalendarRangeException.outside(
                        "statutory holidays (Labour Code 2012 or later), from the range's start",
                        range.start(),
                        StatutoryHolidays.SUPPORTED);
            }
        }
    }
}
