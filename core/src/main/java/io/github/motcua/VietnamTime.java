package io.github.motcua;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Vietnam's civil time, in which dossiers are received, dates are counted and deadlines fall.
 *
 * <p>Vietnam has kept UTC+7 without daylight saving time since 1975; the zone
 * {@code Asia/Ho_Chi_Minh} is used so that the rule is the JDK's, not ours.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class VietnamTime {
    /** The zone of every date the library derives from an instant: {@code Asia/Ho_Chi_Minh}. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /**
     * The instant from which Vietnam's offset has not changed (the last transition of
     * {@code Asia/Ho_Chi_Minh}, in 1975), and that offset in seconds: dates after it are computed by
     * arithmetic, without a time-zone lookup, since every dossier needs several.
     */
    private static final ZoneOffsetTransition LAST_TRANSITION = lastTransition();

    private static final long FIXED_SINCE = LAST_TRANSITION.getInstant().getEpochSecond();
    private static final int FIXED_OFFSET = LAST_TRANSITION.getOffsetAfter().getTotalSeconds();
    private static final long SECONDS_PER_DAY = 86_400;

    private VietnamTime() {}

    private static ZoneOffsetTransition lastTransition() {
        List<ZoneOffsetTransition> transitions = ZONE.getRules().getTransitions();
        if (transitions.isEmpty() || !ZONE.getRules().getTransitionRules().isEmpty()) {
            throw new IllegalStateException("the JDK's rules for " + ZONE + " are not a fixed offset since a last"
                    + " transition; this build of motcua cannot use them");
        }
        return transitions.get(transitions.size() - 1);
    }

    /**
     * Returns the date in Vietnam at an instant.
     *
     * <p>For example, {@code 2023-01-04T18:30:00Z} is already {@code 2023-01-05} in Vietnam.
     *
     * @param instant the instant, not null
     * @return the local date in {@link #ZONE}
     */
    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofEpochDay(epochDayOf(instant));
    }

    /**
     * Returns the epoch day of the date in Vietnam at an instant, without building the date: the
     * same as {@code dateOf(instant).toEpochDay()}, for code that compares many dates.
     *
     * @param instant the instant, not null
     * @return the number of days from 1970-01-01 to the local date in {@link #ZONE}
     */
    public static long epochDayOf(Instant instant) {
        long seconds = Objects.requireNonNull(instant, "instant").getEpochSecond();
        if (seconds >= FIXED_SINCE) {
            return Math.floorDiv(seconds + FIXED_OFFSET, SECONDS_PER_DAY);
        }
        return LocalDate.ofInstant(instant, ZONE).toEpochDay();
    }

    /**
     * Returns the time of day in Vietnam at an instant, as nanoseconds from midnight, without
     * building a date-time: the same as {@code LocalTime.ofInstant(instant, ZONE).toNanoOfDay()}.
     *
     * @param instant the instant, not null
     * @return the nanoseconds from the local midnight, from 0 to 86,399,999,999,999
     */
    public static long nanoOfDayOf(Instant instant) {
        long seconds = Objects.requireNonNull(instant, "instant").getEpochSecond();
        if (seconds >= FIXED_SINCE) {
            return Math.floorMod(seconds + FIXED_OFFSET, SECONDS_PER_DAY) * 1_000_000_000L + instant.getNano();
        }
        return java.time.LocalTime.ofInstant(instant, ZONE).toNanoOfDay();
    }

    /**
     * Returns the instant of a local date and time in Vietnam, such as a receipt written without an
     * offset: the same as {@code LocalDateTime.of(date, time).atZone(ZONE).toInstant()}, by arithmetic
     * after 1975.
     *
     * @param epochDay the local date, as days from 1970-01-01
     * @param secondOfDay the local time, as seconds from midnight, from 0 to 86,399
     * @return the instant
     * @throws IllegalArgumentException if the second of the day is out of range
     * @throws java.time.DateTimeException if the epoch day is outside the years -999,999,999 to
     *     999,999,999
     */
    public static Instant atLocal(long epochDay, int secondOfDay) {
        if (secondOfDay < 0 || secondOfDay >= SECONDS_PER_DAY) {
            throw new IllegalArgumentException("a second of the day is from 0 to 86399: " + secondOfDay);
        }
        ChronoField.EPOCH_DAY.checkValidValue(epochDay);
        long local = epochDay * SECONDS_PER_DAY + secondOfDay;
        if (local - FIXED_OFFSET >= FIXED_SINCE + SECONDS_PER_DAY) { // a day clear of the last transition's overlap
            return Instant.ofEpochSecond(local - FIXED_OFFSET);
        }
        return LocalDate.ofEpochDay(epochDay)
                .atTime(java.time.LocalTime.ofSecondOfDay(secondOfDay))
                .atZone(ZONE)
                .toInstant();
    }

    /**
     * Formats an instant as Vietnam's local time with its offset, the form officials read, such as
     * {@code 2023-01-05T09:00:00+07:00} for {@code 2023-01-05T02:00:00Z}.
     *
     * @param instant the instant, not null
     * @return ISO-8601 text with the +07:00 offset
     */
    public static String format(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                instant.atZone(ZONE).toOffsetDateTime());
    }

    /**
     * Returns a strict formatter for a pattern of {@link DateTimeFormatter}, as one-stop systems
     * export their times, such as {@code dd/MM/yyyy HH:mm}: a day that does not exist (31/02) is
     * refused instead of moved to the month's last day, and {@code yyyy} is read as the calendar
     * year, as people write it.
     *
     * @param pattern the pattern, such as {@code dd/MM/yyyy HH:mm} or {@code dd/MM/yyyy}
     * @return the formatter
     * @throws IllegalArgumentException if the pattern is not a valid one
     */
    public static DateTimeFormatter pattern(String pattern) {
        Objects.requireNonNull(pattern, "pattern");
        StringBuilder proleptic = new StringBuilder(pattern.length());
        boolean quoted = false;
        for (char c : pattern.toCharArray()) {
            quoted ^= c == '\'';
            proleptic.append(c == 'y' && !quoted ? 'u' : c);
        }
        return DateTimeFormatter.ofPattern(proleptic.toString(), Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    }

    /**
     * Reads a local time in Vietnam written in a pattern, such as {@code 05/01/2023 08:30} in
     * {@code dd/MM/yyyy HH:mm}, as the instant it names.
     *
     * @param text the text
     * @param pattern a formatter from {@link #pattern(String)}
     * @return the instant
     * @throws DateTimeParseException if the text does not follow the pattern or names a day that
     *     does not exist
     */
    public static Instant parseInstant(CharSequence text, DateTimeFormatter pattern) {
        return LocalDateTime.parse(Objects.requireNonNull(text, "text"), pattern)
                .atZone(ZONE)
                .toInstant();
    }

    /**
     * Reads a date written in a pattern, such as {@code 05/01/2023} in {@code dd/MM/yyyy}.
     *
     * @param text the text
     * @param pattern a formatter from {@link #pattern(String)}
     * @return the date
     * @throws DateTimeParseException if the text does not follow the pattern or names a day that
     *     does not exist
     */
    public static LocalDate parseDate(CharSequence text, DateTimeFormatter pattern) {
        return LocalDate.parse(Objects.requireNonNull(text, "text"), pattern);
    }
}
