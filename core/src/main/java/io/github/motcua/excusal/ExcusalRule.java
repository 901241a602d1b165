package io.github.motcua.excusal;

import io.github.motcua.calendar.WorkingCalendar;
import java.time.LocalDate;

/**
 * Which late dossiers an excusal interval excuses. Excused dossiers stay late in the official
 * figures and count as on time in the adjusted ones.
 */
public enum ExcusalRule {
    /**
     * A late dossier of a unit in scope is excused when its due date lies in the interval and it
     * ended no later than the first working day after the interval (the default).
     *
     * <p>This reproduces the founding report: the provincial system was down from 25 to 27 December
     * 2022, and the 26 dossiers due then and returned on 28 December, the next working day, were
     * excused (docs/rules.md §2.6).
     */
    DUE_IN_INTERVAL {
        @Override
        public boolean excuses(
                ExcusalInterval interval,
                String unitCode,
                LocalDate dueDate,
                LocalDate endDate,
                WorkingCalendar calendar) {
            return interval.appliesTo(unitCode)
                    && interval.dates().contains(dueDate)
                    && !endDate.isAfter(calendar.plusWorkingDays(interval.end(), 1));
        }
    };

    /**
     * Tells whether the interval excuses a late dossier.
     *
     * @param interval the excusal interval
     * @param unitCode the code of the unit the dossier is attributed to
     * @param dueDate the dossier's due date
     * @param endDate the day the dossier ended
     * @param calendar the working calendar, to find the first working day after the interval
     * @return true if the dossier is excused
     */
    public abstract boolean excuses(
            ExcusalInterval interval, String unitCode, LocalDate dueDate, LocalDate endDate, WorkingCalendar calendar);
}
