package io.github.motcua.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.DateRange;
import io.github.motcua.VietnamTime;
import io.github.motcua.calendar.VietnamCalendars;
import io.github.motcua.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
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

    /** Instants of the dates above, at any minute of the day in Vietnam. */
    @Provide
    Arbitrary<Instant> instants() {
        return Combinators.combine(dates(), Arbitraries.integers().between(0, 24 * 60 - 1))
                .as((date, minute) -> date.atStartOfDay()
                        .plusMinutes(minute)
                        .atZone(VietnamTime.ZONE)
                        .toInstant());
    }

    @Property
    void workingTimeBetweenInvertsAddingWorkingTime(
            @ForAll("instants") Instant start, @ForAll @IntRange(min = 0, max = 8 * 60 * 20) int minutes) {
        Duration amount = Duration.ofMinutes(minutes);

        assertThat(CALENDAR.workingTimeBetween(start, CALENDAR.plusWorkingTime(start, amount)))
                .isEqualTo(amount);
    }

    @Property
    void addingWorkingTimeInTwoStepsEndsWhereOneStepDoes(
            @ForAll("instants") Instant start,
            @ForAll @IntRange(min = 0, max = 8 * 60 * 10) int first,
            @ForAll @IntRange(min = 0, max = 8 * 60 * 10) int second) {
        Instant stepped = CALENDAR.plusWorkingTime(
                CALENDAR.plusWorkingTime(start, Duration.ofMinutes(first)), Duration.ofMinutes(second));

        assertThat(CALENDAR.plusWorkingTime(start, Duration.ofMinutes(first + second)))
                .isEqualTo(stepped);
    }

    @Property
    void addingWorkingTimeEndsInsideASessionOfAWorkingDay(
            @ForAll("instants") Instant start, @ForAll @IntRange(min = 1, max = 8 * 60 * 20) int minutes) {
        Instant end = CALENDAR.plusWorkingTime(start, Duration.ofMinutes(minutes));
        LocalDate day = end.atZone(VietnamTime.ZONE).toLocalDate();

        assertThat(CALENDAR.isWorkingDay(day)).isTrue();
        assertThat(CALENDAR.workingTimeBetween(end.minus(Duration.ofMinutes(1)), end))
                .as("the last minute counted is working time")
                .isEqualTo(Duration.ofMinutes(1));
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
