package io.github.motcua.procedure;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.motcua.InvalidValueException;
import org.immutables.value.Value;

/**
 * A legal processing time: an amount of working days, working hours or calendar days, or the
 * same day.
 *
 * <p>For example {@code ProcessingTime.workingDays(15)} or {@code ProcessingTime.sameDay()}. The
 * amount is positive, except for {@link ProcessingTimeUnit#SAME_DAY}, whose amount is zero.
 * Half a working day is stated as four working hours.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProcessingTime.class)
@JsonDeserialize(as = ImmutableProcessingTime.class)
public abstract class ProcessingTime {
    ProcessingTime() {}

    /**
     * Returns the amount of {@link #unit()}.
     *
     * @return a positive number, or zero for the same day
     */
    @Value.Parameter
    public abstract int amount();

    /**
     * Returns how the amount is counted.
     *
     * @return the unit
     */
    @Value.Parameter
    public abstract ProcessingTimeUnit unit();

    /**
     * Obtains a processing time.
     *
     * @param amount the amount: positive, or zero for {@link ProcessingTimeUnit#SAME_DAY}
     * @param unit the unit
     * @return the processing time
     * @throws InvalidValueException if the amount does not fit the unit
     */
    public static ProcessingTime of(int amount, ProcessingTimeUnit unit) {
        return ImmutableProcessingTime.of(amount, unit);
    }

    /**
     * Obtains a processing time in working days.
     *
     * @param days the number of working days, positive
     * @return the processing time
     * @throws InvalidValueException if {@code days} is not positive
     */
    public static ProcessingTime workingDays(int days) {
        return of(days, ProcessingTimeUnit.WORKING_DAYS);
    }

    /**
     * Obtains a processing time in working hours.
     *
     * @param hours the number of working hours, positive
     * @return the processing time
     * @throws InvalidValueException if {@code hours} is not positive
     */
    public static ProcessingTime workingHours(int hours) {
        return of(hours, ProcessingTimeUnit.WORKING_HOURS);
    }

    /**
     * Obtains a processing time in calendar days.
     *
     * @param days the number of calendar days, positive
     * @return the processing time
     * @throws InvalidValueException if {@code days} is not positive
     */
    public static ProcessingTime calendarDays(int days) {
        return of(days, ProcessingTimeUnit.CALENDAR_DAYS);
    }

    /**
     * Obtains the processing time of a procedure resolved on the day of receipt.
     *
     * @return the same-day processing time, with amount zero
     */
    public static ProcessingTime sameDay() {
        return of(0, ProcessingTimeUnit.SAME_DAY);
    }

    @Value.Check
    void check() {
        boolean sameDay = unit() == ProcessingTimeUnit.SAME_DAY;
        if (sameDay && amount() != 0) {
            throw new InvalidValueException(
                    "ProcessingTime", "", "amount", Integer.toString(amount()), "must be 0 for SAME_DAY");
        }
        if (!sameDay && amount() <= 0) {
            throw new InvalidValueException(
                    "ProcessingTime", "", "amount", Integer.toString(amount()), "must be positive for " + unit());
        }
    }

    /**
     * Returns the time as text, such as {@code 15 WORKING_DAYS} or {@code SAME_DAY}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return unit() == ProcessingTimeUnit.SAME_DAY ? unit().name() : amount() + " " + unit();
    }
}
