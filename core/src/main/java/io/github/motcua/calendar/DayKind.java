package io.github.motcua.calendar;

/** What a calendar entry does to a day. */
public enum DayKind {
    /** A public holiday (ngày nghỉ lễ, tết) on a weekday: Labour Code 2019 Điều 112.1. */
    PUBLIC_HOLIDAY(true),
    /**
     * A weekday off in compensation for a holiday that fell on a weekly rest day (nghỉ bù): Labour
     * Code 2019 Điều 111.3, Labour Code 2012 Điều 115.3.
     */
    COMPENSATORY_DAY_OFF(true),
    /** A weekday off that joins a holiday to a weekend, worked back on a make-up day (nghỉ hoán đổi). */
    BRIDGE_DAY_OFF(true),
    /** A weekday off decided by a province or a unit for its own offices, such as a local festival. */
    LOCAL_DAY_OFF(true),
    /** A Saturday or Sunday worked in exchange for a bridge day off (làm bù). */
    MAKE_UP_WORKING_DAY(false);

    private final boolean dayOff;

    DayKind(boolean dayOff) {
        this.dayOff = dayOff;
    }

    /**
     * Tells whether the entry takes a weekday off, rather than making a weekend day a working day.
     *
     * @return true for every kind but {@link #MAKE_UP_WORKING_DAY}
     */
    public boolean isDayOff() {
        return dayOff;
    }
}
