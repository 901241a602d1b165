package io.github.motcua.calendar;

import io.github.motcua.InvalidValueException;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The sessions of a working day, in order, such as 07:00–11:30 and 13:30–17:00.
 *
 * <p>Working hours are provincial policy: each province's People's Committee sets them. They
 * matter for procedures whose processing time is in working hours and for same-day procedures.
 * {@link #DEFAULT} is the schedule seen most often (docs/rules.md §2.1, a secondary source); set a
 * calendar's own with {@link WorkingCalendar.Builder#workingHours}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WorkingHours {
    /** 07:00–11:30 and 13:30–17:00: eight working hours a day. */
    public static final WorkingHours DEFAULT = of(List.of(
            WorkingSession.of(LocalTime.of(7, 0), LocalTime.of(11, 30)),
            WorkingSession.of(LocalTime.of(13, 30), LocalTime.of(17, 0))));

    private final List<WorkingSession> sessions;
    private final long secondsPerDay;

    /** Each session's start and end as nanoseconds of the day, in order: start, end, start, end… */
    private final long[] bounds;

    private WorkingHours(List<WorkingSession> sessions) {
        this.sessions = sessions;
        this.bounds = sessions.stream()
                .flatMapToLong(session -> java.util.stream.LongStream.of(
                        session.start().toNanoOfDay(), session.end().toNanoOfDay()))
                .toArray();
        this.secondsPerDay = sessions.stream()
                .mapToLong(session -> session.length().toSeconds())
                .sum();
    }

    /**
     * Obtains working hours from sessions.
     *
     * @param sessions the sessions, at least one, in order and not overlapping
     * @return the working hours
     * @throws InvalidValueException if there is no session, or one starts before the previous ends
     */
    public static WorkingHours of(List<WorkingSession> sessions) {
        List<WorkingSession> copy = List.copyOf(sessions);
        if (copy.isEmpty()) {
            throw new InvalidValueException("WorkingHours", "", "sessions", "[]", "at least one session is needed");
        }
        for (int i = 1; i < copy.size(); i++) {
            if (copy.get(i).start().isBefore(copy.get(i - 1).end())) {
                throw new InvalidValueException(
                        "WorkingHours",
                        "",
                        "sessions[" + i + "].start",
                        copy.get(i).start().toString(),
                        "must not be before the end of the previous session ("
                                + copy.get(i - 1).end() + ")");
            }
        }
        return new WorkingHours(copy);
    }

    /**
     * Returns the sessions in order.
     *
     * @return the sessions
     */
    public List<WorkingSession> sessions() {
        return sessions;
    }

    /**
     * Returns the working time of a whole working day, in seconds.
     *
     * @return the sum of the sessions' lengths
     */
    public long secondsPerDay() {
        return secondsPerDay;
    }

    /**
     * Returns when the last session ends.
     *
     * @return the end of the working day
     */
    public LocalTime endOfDay() {
        return sessions.get(sessions.size() - 1).end();
    }

    /**
     * Returns the session a time of day is in or before: its index, or -1 after the last session.
     * The time is inside it when it is not before the session's start ({@link #startsAfter}).
     */
    int sessionAtOrAfter(long nanoOfDay) {
        for (int i = 0; i < bounds.length; i += 2) {
            if (nanoOfDay < bounds[i + 1]) {
                return i / 2;
            }
        }
        return -1;
    }

    /** Tells whether a session starts after a time of day. */
    boolean startsAfter(int session, long nanoOfDay) {
        return nanoOfDay < bounds[2 * session];
    }

    /** Returns the working seconds of a working day before a time of day. */
    long secondsBefore(LocalTime time) {
        long seconds = 0;
        for (WorkingSession session : sessions) {
            if (time.isAfter(session.start())) {
                LocalTime end = time.isBefore(session.end()) ? time : session.end();
                seconds += end.toSecondOfDay() - session.start().toSecondOfDay();
            }
        }
        return seconds;
    }

    /** Returns the time of day at which a working day has had the given working seconds, at most a day's worth. */
    LocalTime timeAfter(long workingSeconds) {
        long remaining = workingSeconds;
        for (WorkingSession session : sessions) {
            long length = session.length().toSeconds();
            if (remaining <= length) {
                return session.start().plusSeconds(remaining);
            }
            remaining -= length;
        }
        return endOfDay();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof WorkingHours that && sessions.equals(that.sessions);
    }

    @Override
    public int hashCode() {
        return sessions.hashCode();
    }

    /**
     * Returns the sessions as text, such as {@code 07:00-11:30, 13:30-17:00}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return String.join(
                ", ",
                sessions.stream()
                        .map(session -> session.start() + "-" + session.end())
                        .toList());
    }
}
