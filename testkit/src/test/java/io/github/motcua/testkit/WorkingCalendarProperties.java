package io.github.motcua.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.DateRange;
import io.github.motcua.calendar.VietnamCalendars;
import io.github.motcua.calendar.WorkingCalendar;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Laws of working-day arithmetic on the national calendar. */
class WorkingCalendarProperties {
    private static final WorkingCalendar CALENDAR = VietnamCalendars.official();

    /** Dates from which 260 working days (about a year) stay inside the calendar, which ends in 2035. */
    @Provide
    Arbitrary<LocalDate> dates() {
        return MotcuaArbitraries.datesIn(DateRange.ofClosed(CALENDAR.range().start(), LocalDate.of(2033, 12, 31)));
    }

    @Property
    void addingWorkingDaysReachesAWorkingDay(
            @ForAll("dates") LocalDate date, @ForAll @IntRange(min = 1, max = 250) int workingDays) {
        assertThat(CALENDAR.isWorkingDay(CALENDAR.plusWorkingDays(date, workingDays)))
                .isTrue();
    }

    @Property
    void workingDaysBetweenInvertsAddingWorkingDays(
            @ForAll("dates") LocalDate date, @ForAll @IntRange(min = 0, max = 250) int workingDays) {
        assertThat(CALENDAR.workingDaysBetween(date, CALENDAR.plusWorkingDays(date, workingDays)))
                .isEqualTo(workingDays);
    }

    @Property
    void addingMoreWorkingDaysGivesALaterDate(
            @ForAll("dates") LocalDate date,
            @ForAll @IntRange(min = 0, max = 249) int workingDays,
            @ForAll @IntRange(min = 1, max = 10) int more) {
        assertThat(CALENDAR.plusWorkingDays(date, workingDays + more))
                .isAfter(CALENDAR.plusWorkingDays(date, workingDays));
    }

    @Property
    void aLaterStartNeverGivesAnEarlierResult(
            @ForAll("dates") LocalDate date,
            @ForAll @IntRange(min = 0, max = 60) int laterBy,
            @ForAll @IntRange(min = 0, max = 200) int workingDays) {
        LocalDate later = date.plusDays(laterBy);

        assertThat(CALENDAR.plusWorkingDays(later, workingDays))
                .isAfterOrEqualTo(CALENDAR.plusWorkingDays(date, workingDays));
    }

    @Property
    void countingBackUndoesCountingForwardFromAWorkingDay(
            @ForAll("dates") LocalDate date, @ForAll @IntRange(min = 1, max = 250) int workingDays) {
        LocalDate workingDay = CALENDAR.plusWorkingDays(date, 1);

        assertThat(CALENDAR.plusWorkingDays(CALENDAR.plusWorkingDays(workingDay, workingDays), -workingDays))
                .isEqualTo(workingDay);
    }

    @Property
    void theFirstWorkingDayAfterADateIsTheNextDayThatIsOne(@ForAll("dates") LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (!CALENDAR.isWorkingDay(next)) {
            next = next.plusDays(1);
        }

        assertThat(CALENDAR.plusWorkingDays(date, 1)).isEqualTo(next);
    }
}
