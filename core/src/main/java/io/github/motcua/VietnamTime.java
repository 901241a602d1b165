package io.github.motcua;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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

    private VietnamTime() {}

    /**
     * Returns the date in Vietnam at an instant.
     *
     * <p>For example, {@code 2023-01-04T18:30:00Z} is already {@code 2023-01-05} in Vietnam.
     *
     * @param instant the instant, not null
     * @return the local date in {@link #ZONE}
     */
    public static LocalDate dateOf(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return LocalDate.ofInstant(instant, ZONE);
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
}
