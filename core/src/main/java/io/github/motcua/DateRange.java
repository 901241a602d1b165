package io.github.motcua;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A closed range of dates, both ends included, such as a reporting period's window, an excusal
 * interval or the range a calendar answers for.
 *
 * <pre>{@code
 * DateRange outage = DateRange.ofClosed(LocalDate.of(2022, 12, 25), LocalDate.of(2022, 12, 27));
 * outage.contains(LocalDate.of(2022, 12, 27));                  // true
 * outage.lengthInDays();                                       // 3
 * outage.abuts(DateRange.parse("2022-12-28/2022-12-31"));      // true: the next day starts it
 * outage.toString();                                           // 2022-12-25/2022-12-27
 * }</pre>
 *
 * <p>The vocabulary is ThreeTen-Extra's {@code LocalDateRange}, but the type is the library's own
 * because motcua-core needs no library at run time and ThreeTen-Extra would be one.
 *
 * <p>A closed range holds at least one day, so {@link #intersection} of two ranges that share no
 * day is empty rather than a range.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DateRange implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The first day, inclusive. */
    private final LocalDate start;

    /** The last day, inclusive; not before {@link #start}. */
    private final LocalDate endInclusive;

    private DateRange(LocalDate start, LocalDate endInclusive) {
        this.start = start;
        this.endInclusive = endInclusive;
    }

    /**
     * Obtains the range from one day to another, both included.
     *
     * @param start the first day
     * @param endInclusive the last day, not before {@code start}; equal to it for a single day
     * @return the range
     * @throws DateTimeException if {@code endInclusive} is before {@code start}
     */
    public static DateRange ofClosed(LocalDate start, LocalDate endInclusive) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(endInclusive, "endInclusive");
        if (endInclusive.isBefore(start)) {
            throw new DateTimeException("date range end " + endInclusive + " is before its start " + start
                    + "; a closed range" + " holds at least one day");
        }
        return new DateRange(start, endInclusive);
    }

    /**
     * Parses the text form {@code START/END}, two ISO dates such as {@code 2023-01-01/2023-12-31}.
     *
     * @param text the text
     * @return the range
     * @throws DateTimeParseException if the text is not two ISO dates around one slash
     * @throws DateTimeException if the end is before the start
     */
    public static DateRange parse(CharSequence text) {
        String value = Objects.requireNonNull(text, "text").toString();
        int slash = value.indexOf('/');
        if (slash < 0) {
            throw new DateTimeParseException(
                    "date range '" + value + "' is not START/END, such as 2023-01-01/2023-12-31", value, 0);
        }
        return ofClosed(LocalDate.parse(value.substring(0, slash)), LocalDate.parse(value.substring(slash + 1)));
    }

    /**
     * Returns the first day of the range.
     *
     * @return the first day, inclusive
     */
    public LocalDate start() {
        return start;
    }

    /**
     * Returns the last day of the range.
     *
     * @return the last day, inclusive
     */
    public LocalDate endInclusive() {
        return endInclusive;
    }

    /**
     * Returns the number of days in the range.
     *
     * @return at least 1: the range holds both its ends
     */
    public long lengthInDays() {
        return endInclusive.toEpochDay() - start.toEpochDay() + 1;
    }

    /**
     * Tells whether a day lies in the range.
     *
     * @param date the day
     * @return true if {@code date} is neither before {@link #start()} nor after {@link #endInclusive()}
     */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(start) && !date.isAfter(endInclusive);
    }

    /**
     * Tells whether another range lies wholly in this one.
     *
     * @param other the other range
     * @return true if every day of {@code other} is in this range; a range encloses itself
     */
    public boolean encloses(DateRange other) {
        Objects.requireNonNull(other, "other");
        return !other.start.isBefore(start) && !other.endInclusive.isAfter(endInclusive);
    }

    /**
     * Tells whether two ranges share at least one day.
     *
     * @param other the other range
     * @return true if some day lies in both ranges
     */
    public boolean overlaps(DateRange other) {
        Objects.requireNonNull(other, "other");
        return !other.endInclusive.isBefore(start) && !other.start.isAfter(endInclusive);
    }

    /**
     * Tells whether two ranges are next to each other without sharing a day: one starts the day
     * after the other ends.
     *
     * @param other the other range
     * @return true if the ranges abut; ranges that overlap never do
     */
    public boolean abuts(DateRange other) {
        Objects.requireNonNull(other, "other");
        return endInclusive.toEpochDay() + 1 == other.start.toEpochDay()
                || other.endInclusive.toEpochDay() + 1 == start.toEpochDay();
    }

    /**
     * Returns the days two ranges share.
     *
     * @param other the other range
     * @return the range of the days in both, or empty when the ranges do not {@link #overlaps overlap}
     */
    public Optional<DateRange> intersection(DateRange other) {
        if (!overlaps(other)) {
            return Optional.empty();
        }
        return Optional.of(new DateRange(
                start.isAfter(other.start) ? start : other.start,
                endInclusive.isBefore(other.endInclusive) ? endInclusive : other.endInclusive));
    }

    /**
     * Returns the days of the range in order.
     *
     * @return a stream of {@link #lengthInDays()} days, from {@link #start()} to {@link #endInclusive()}
     */
    public Stream<LocalDate> stream() {
        return LongStream.rangeClosed(start.toEpochDay(), endInclusive.toEpochDay())
                .mapToObj(LocalDate::ofEpochDay);
    }

    /**
     * Checks a deserialised range as {@link #ofClosed} checks a new one.
     *
     * @return the checked range
     */
    private Object readResolve() {
        return ofClosed(start, endInclusive);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof DateRange that && start.equals(that.start) && endInclusive.equals(that.endInclusive);
    }

    @Override
    public int hashCode() {
        return 31 * start.hashCode() + endInclusive.hashCode();
    }

    /**
     * Returns the text form, which {@link #parse} reads back: the two ISO dates around a slash,
     * such as {@code 2023-01-01/2023-12-31}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return start + "/" + endInclusive;
    }
}
