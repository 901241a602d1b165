package io.github.motcua.calendar;

import io.github.motcua.InvalidValueException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The days off and make-up working days of the civil service, at most one entry per date, each
 * with its source.
 *
 * <pre>{@code
 * HolidaySchedule schedule = VietnamCalendars.official().schedule()
 *         .with(CalendarEntry.of(LocalDate.of(2025, 9, 5), DayKind.LOCAL_DAY_OFF, "Lễ hội Hoa Ban",
 *                 "Quyết định 123/QĐ-UBND", EntryStatus.PUBLISHED));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HolidaySchedule {
    private static final HolidaySchedule EMPTY = new HolidaySchedule(new TreeMap<>());

    private final NavigableMap<LocalDate, CalendarEntry> entries;

    private HolidaySchedule(NavigableMap<LocalDate, CalendarEntry> entries) {
        this.entries = entries;
    }

    /**
     * Returns a schedule without entries: every weekday is a working day.
     *
     * @return the empty schedule
     */
    public static HolidaySchedule empty() {
        return EMPTY;
    }

    /**
     * Obtains a schedule of entries.
     *
     * @param entries the entries, at most one per date
     * @return the schedule
     * @throws InvalidValueException if two entries share a date
     */
    public static HolidaySchedule of(Collection<CalendarEntry> entries) {
        NavigableMap<LocalDate, CalendarEntry> byDate = new TreeMap<>();
        for (CalendarEntry entry : entries) {
            CalendarEntry previous = byDate.put(entry.date(), entry);
            if (previous != null) {
                throw new InvalidValueException(
                        "HolidaySchedule",
                        "",
                        "entries",
                        entry.date().toString(),
                        "one entry per date; both '" + previous.name() + "' and '" + entry.name() + "' are given");
            }
        }
        return new HolidaySchedule(byDate);
    }

    /**
     * Returns the entry of a date.
     *
     * @param date the date
     * @return the entry, or empty on an ordinary day
     */
    public Optional<CalendarEntry> entry(LocalDate date) {
        return Optional.ofNullable(entries.get(Objects.requireNonNull(date, "date")));
    }

    /**
     * Returns every entry in date order.
     *
     * @return the entries
     */
    public List<CalendarEntry> entries() {
        return List.copyOf(entries.values());
    }

    /**
     * Returns the entries of a year in date order.
     *
     * @param year the year
     * @return the entries dated in that year
     */
    public List<CalendarEntry> entriesIn(int year) {
        return List.copyOf(entries.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true)
                .values());
    }

    /**
     * Returns the years that have at least one entry.
     *
     * @return the years, in order
     */
    public SortedSet<Integer> years() {
        SortedSet<Integer> years = new TreeSet<>();
        entries.keySet().forEach(date -> years.add(date.getYear()));
        return Collections.unmodifiableSortedSet(years);
    }

    /**
     * Returns a copy with an entry added, replacing any entry on the same date.
     *
     * @param entry the entry
     * @return the changed schedule
     */
    public HolidaySchedule with(CalendarEntry entry) {
        NavigableMap<LocalDate, CalendarEntry> copy = new TreeMap<>(entries);
        copy.put(entry.date(), entry);
        return new HolidaySchedule(copy);
    }

    /**
     * Returns a copy with every entry of the given years replaced by the given entries, as when a
     * year's notice is published.
     *
     * @param years the years to clear
     * @param replacements the new entries, at most one per date
     * @return the changed schedule
     * @throws InvalidValueException if two replacements share a date
     */
    public HolidaySchedule withYears(Collection<Integer> years, Collection<CalendarEntry> replacements) {
        NavigableMap<LocalDate, CalendarEntry> copy = new TreeMap<>(entries);
        copy.keySet().removeIf(date -> years.contains(date.getYear()));
        copy.putAll(of(replacements).entries);
        return new HolidaySchedule(copy);
    }

    /**
     * Returns a copy without the entry of a date.
     *
     * @param date the date
     * @return the changed schedule
     */
    public HolidaySchedule without(LocalDate date) {
        NavigableMap<LocalDate, CalendarEntry> copy = new TreeMap<>(entries);
        copy.remove(date);
        return new HolidaySchedule(copy);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof HolidaySchedule that && entries.equals(that.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    /**
     * Returns a summary, such as {@code HolidaySchedule[142 entries, 2013 to 2035]}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return entries.isEmpty()
                ? "HolidaySchedule[no entries]"
                : "HolidaySchedule[" + entries.size() + " entries, "
                        + entries.firstKey().getYear() + " to "
                        + entries.lastKey().getYear() + "]";
    }
}
