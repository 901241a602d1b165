package io.github.motcua.calendar;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.motcua.InvalidValueException;
import java.time.Duration;
import java.time.LocalTime;
import org.immutables.value.Value;

/**
 * One session of a working day, such as the morning from 07:00 to 11:30.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWorkingSession.class)
@JsonDeserialize(as = ImmutableWorkingSession.class)
public abstract class WorkingSession {
    WorkingSession() {}

    /**
     * Returns when the session starts.
     *
     * @return the start time
     */
    @Value.Parameter
    public abstract LocalTime start();

    /**
     * Returns when the session ends.
     *
     * @return the end time, after the start
     */
    @Value.Parameter
    public abstract LocalTime end();

    /**
     * Obtains a session.
     *
     * @param start the start time
     * @param end the end time, after the start
     * @return the session
     * @throws InvalidValueException if the end is not after the start
     */
    public static WorkingSession of(LocalTime start, LocalTime end) {
        return ImmutableWorkingSession.of(start, end);
    }

    /**
     * Returns the session's length.
     *
     * @return the time from start to end
     */
    public Duration length() {
        return Duration.between(start(), end());
    }

    @Value.Check
    void check() {
        if (!end().isAfter(start())) {
            throw new InvalidValueException(
                    "WorkingSession",
                    start().toString(),
                    "end",
                    end().toString(),
                    "must be after the start " + start());
        }
    }
}
