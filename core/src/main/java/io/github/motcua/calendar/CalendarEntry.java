package io.github.motcua.calendar;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.motcua.InvalidValueException;
import io.github.motcua.core.internal.Checks;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One day that the working calendar treats differently from an ordinary week: a weekday off, or a
 * weekend day worked, with its legal source.
 *
 * <pre>{@code
 * CalendarEntry.of(LocalDate.of(2024, 5, 4), DayKind.MAKE_UP_WORKING_DAY, "Làm bù ngày 29/4/2024",
 *         "Thông báo 6150/TB-LĐTBXH ngày 28/12/2023", EntryStatus.PUBLISHED);
 * }</pre>
 *
 * <p>Rules checked when it is built: a day off falls on a weekday (Monday to Friday), since a
 * Saturday or Sunday is not a working day anyway; a make-up working day falls on a Saturday or
 * Sunday; the name and the source are not blank.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCalendarEntry.class)
@JsonDeserialize(as = ImmutableCalendarEntry.class)
public abstract class CalendarEntry {
    private static final String TYPE = "CalendarEntry";

    CalendarEntry() {}

    /**
     * Returns the day.
     *
     * @return the date
     */
    @Value.Parameter
    public abstract LocalDate date();

    /**
     * Returns what the entry does to the day.
     *
     * @return the kind
     */
    @Value.Parameter
    public abstract DayKind kind();

    /**
     * Returns the occasion, in Vietnamese, such as {@code Tết Âm lịch} or {@code Nghỉ bù Quốc khánh}.
     *
     * @return the name, not blank
     */
    @Value.Parameter
    public abstract String name();

    /**
     * Returns the document that set the day, with its number and date, or the article of law it
     * is computed from.
     *
     * @return the source, not blank
     */
    @Value.Parameter
    public abstract String source();

    /**
     * Returns whether the day is published or provisional.
     *
     * @return the status
     */
    @Value.Parameter
    public abstract EntryStatus status();

    /**
     * Obtains an entry.
     *
     * @param date the day
     * @param kind what the entry does to the day
     * @param name the occasion, in Vietnamese
     * @param source the document or article that sets the day
     * @param status published or provisional
     * @return the entry
     * @throws InvalidValueException if a day off falls on a weekend, a make-up day on a weekday,
     *     or the name or source is blank
     */
    public static CalendarEntry of(LocalDate date, DayKind kind, String name, String source, EntryStatus status) {
        return ImmutableCalendarEntry.of(date, kind, name, source, status);
    }

    @Value.Check
    void check() {
        String id = date().toString();
        Checks.requireNonBlank(TYPE, id, "name", name());
        Checks.requireNonBlank(TYPE, id, "source", source());
        boolean weekend = isWeekend(date());
        if (kind().isDayOff() && weekend) {
            throw new InvalidValueException(
                    TYPE,
                    id,
                    "kind",
                    kind().name(),
                    "a day off must fall on a weekday; " + date().getDayOfWeek() + " is a weekly rest day already");
        }
        if (!kind().isDayOff() && !weekend) {
            throw new InvalidValueException(
                    TYPE,
                    id,
                    "kind",
                    kind().name(),
                    "a make-up working day must fall on a Saturday or Sunday, not " + date().getDayOfWeek());
        }
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
