package io.github.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.CalendarRangeException;
import io.github.motcua.DateRange;
import io.github.motcua.InvalidValueException;
import io.github.motcua.VietnamTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Working-day arithmetic on a small calendar of its own: one week in January 2030 with a day off and a make-up Saturday. */
class WorkingCalendarTest {
    private static final LocalDate MONDAY = LocalDate.of(2030, 1, 7);
    private static final LocalDate WEDNESDAY_OFF = MONDAY.plusDays(2);
    private static final LocalDate SATURDAY_WORKED = MONDAY.plusDays(5);

    private final WorkingCalendar calendar = WorkingCalendar.builder()
            .range(DateRange.parse("2030-01-01/2030-01-31"))
            .entry(CalendarEntry.of(WEDNESDAY_OFF, DayKind.LOCAL_DAY_OFF, "Nghỉ", "Test", EntryStatus.PUBLISHED))
            .entry(CalendarEntry.of(
                    SATURDAY_WORKED, DayKind.MAKE_UP_WORKING_DAY, "Làm bù", "Test", EntryStatus.PUBLISHED))
            .build();

    @Test
    void weekdaysWorkUnlessOffAndWeekendsRestUnlessMadeUp() {
        assertThat(calendar.isWorkingDay(MONDAY)).isTrue();
        assertThat(calendar.isWorkingDay(WEDNESDAY_OFF)).isFalse();
        assertThat(calendar.isWorkingDay(SATURDAY_WORKED)).isTrue();
        assertThat(calendar.isWorkingDay(SATURDAY_WORKED.plusDays(1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 1, 1))).isTrue();
    }

    @Test
    void theNextWorkingInstantIsTheInstantInsideASessionElseTheNextSessionsStart() {
        Instant tuesdayMorning = at(MONDAY.plusDays(1), LocalTime.of(9, 15));
        assertThat(calendar.nextWorkingInstant(tuesdayMorning)).isEqualTo(tuesdayMorning);
        assertThat(calendar.nextWorkingInstant(at(MONDAY, LocalTime.of(6, 0))))
                .isEqualTo(at(MONDAY, LocalTime.of(7, 0)));
        assertThat(calendar.nextWorkingInstant(at(MONDAY, LocalTime.of(12, 0))))
                .isEqualTo(at(MONDAY, LocalTime.of(13, 30)));
        assertThat(calendar.nextWorkingInstant(at(MONDAY.plusDays(1), LocalTime.of(17, 0))))
                .as("the end of the last session is after hours; the Wednesday is off")
                .isEqualTo(at(MONDAY.plusDays(3), LocalTime.of(7, 0)));
        assertThat(calendar.nextWorkingInstant(at(SATURDAY_WORKED.plusDays(1), LocalTime.of(10, 0))))
                .isEqualTo(at(MONDAY.plusDays(7), LocalTime.of(7, 0)));
    }

    @Test
    void theStartDayIsNotCountedAndDaysOffAreSkipped() {
        assertThat(calendar.plusWorkingDays(MONDAY, 1)).isEqualTo(MONDAY.plusDays(1));
        assertThat(calendar.plusWorkingDays(MONDAY, 2)).isEqualTo(MONDAY.plusDays(3));
        assertThat(calendar.plusWorkingDays(MONDAY, 4)).isEqualTo(SATURDAY_WORKED);
        assertThat(calendar.plusWorkingDays(MONDAY, 5)).isEqualTo(MONDAY.plusDays(7));
    }

    @Test
    void countingFromADayOffStartsAtTheNextWorkingDay() {
        assertThat(calendar.plusWorkingDays(WEDNESDAY_OFF, 1)).isEqualTo(WEDNESDAY_OFF.plusDays(1));
        assertThat(calendar.plusWorkingDays(SATURDAY_WORKED.plusDays(1), 1)).isEqualTo(MONDAY.plusDays(7));
    }

    @Test
    void zeroWorkingDaysIsTheSameDayAndNegativeCountsGoBack() {
        assertThat(calendar.plusWorkingDays(WEDNESDAY_OFF, 0)).isEqualTo(WEDNESDAY_OFF);
        assertThat(calendar.plusWorkingDays(MONDAY.plusDays(3), -1)).isEqualTo(MONDAY.plusDays(1));
        assertThat(calendar.plusWorkingDays(WEDNESDAY_OFF, -1)).isEqualTo(MONDAY.plusDays(1));
        assertThat(calendar.plusWorkingDays(MONDAY.plusDays(7), -1)).isEqualTo(SATURDAY_WORKED);
    }

    @Test
    void workingDaysBetweenExcludesTheStartIncludesTheEndAndInvertsPlus() {
        assertThat(calendar.workingDaysBetween(MONDAY, MONDAY)).isZero();
        assertThat(calendar.workingDaysBetween(MONDAY, SATURDAY_WORKED)).isEqualTo(4);
        assertThat(calendar.workingDaysBetween(SATURDAY_WORKED, MONDAY)).isEqualTo(-4);
        for (int n = -4; n <= 10; n++) {
            assertThat(calendar.workingDaysBetween(MONDAY, calendar.plusWorkingDays(MONDAY, n)))
                    .isEqualTo(n);
        }
    }

    @Test
    void aDateOutsideTheRangeIsAnError() {
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2029, 12, 31)))
                .isInstanceOf(CalendarRangeException.class)
                .hasMessage("working calendar: 2029-12-31 is outside the supported range 2030-01-01 to 2030-01-31")
                .satisfies(thrown ->
                        assertThat(((CalendarRangeException) thrown).range()).isEqualTo(calendar.range()));
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 1, 1)))
                .as("first day, Tuesday")
                .isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 1, 31)))
                .as("last day, Thursday")
                .isTrue();
        assertThatThrownBy(() -> calendar.workingDaysBetween(MONDAY, LocalDate.of(2030, 2, 1)))
                .isInstanceOf(CalendarRangeException.class);
    }

    @Test
    void countingPastTheRangeIsAnError() {
        assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2030, 1, 28), 10))
                .isInstanceOf(CalendarRangeException.class)
                .hasMessage("working calendar: 10 working days from 2030-01-28 fall outside the range 2030-01-01 to"
                        + " 2030-01-31")
                .satisfies(thrown ->
                        assertThat(((CalendarRangeException) thrown).date()).isEqualTo(LocalDate.of(2030, 1, 28)));
        assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2030, 1, 1), -1))
                .isInstanceOf(CalendarRangeException.class);
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(VietnamTime.ZONE).toInstant();
    }

    @Test
    void workingHoursRunInsideTheSessionsOfWorkingDays() {
        // Monday 7 January 2030, sessions 07:00-11:30 and 13:30-17:00; Wednesday 9 is off.
        assertThat(calendar.plusWorkingHours(at("2030-01-07T10:00"), 1)).isEqualTo(at("2030-01-07T11:00"));
        assertThat(calendar.plusWorkingHours(at("2030-01-07T11:00"), 1)).isEqualTo(at("2030-01-07T14:00"));
        assertThat(calendar.plusWorkingHours(at("2030-01-07T16:00"), 1)).isEqualTo(at("2030-01-07T17:00"));
        assertThat(calendar.plusWorkingHours(at("2030-01-07T18:00"), 1)).isEqualTo(at("2030-01-08T08:00"));
        assertThat(calendar.plusWorkingHours(at("2030-01-08T16:00"), 2)).isEqualTo(at("2030-01-10T08:00"));
        assertThat(calendar.plusWorkingHours(at("2030-01-07T07:00"), 16)).isEqualTo(at("2030-01-08T17:00"));
        assertThat(calendar.plusWorkingHours(at("2030-01-07T09:00"), 0)).isEqualTo(at("2030-01-07T09:00"));
    }

    @Test
    void workingTimeBetweenCountsOnlySessionsOfWorkingDays() {
        assertThat(calendar.workingTimeBetween(at("2030-01-07T10:00"), at("2030-01-07T14:00")))
                .as("10:00 to 11:30 and 13:30 to 14:00")
                .isEqualTo(Duration.ofHours(2));
        assertThat(calendar.workingTimeBetween(at("2030-01-08T16:00"), at("2030-01-10T08:00")))
                .isEqualTo(Duration.ofHours(2));
        assertThat(calendar.workingTimeBetween(at("2030-01-07T07:00"), at("2030-01-14T07:00")))
                .as("a week with a day off and a make-up Saturday: five days")
                .isEqualTo(Duration.ofHours(40));
        assertThat(calendar.workingTimeBetween(at("2030-01-07T14:00"), at("2030-01-07T10:00")))
                .isEqualTo(Duration.ofHours(-2));
        assertThat(calendar.endOfWorkingDay(MONDAY)).isEqualTo(at("2030-01-07T17:00"));
    }

    @Test
    void workingHoursAreSetPerCalendar() {
        WorkingCalendar longDays = WorkingCalendar.builder()
                .range(DateRange.parse("2030-01-01/2030-01-31"))
                .workingHours(WorkingHours.of(List.of(WorkingSession.of(LocalTime.of(7, 30), LocalTime.of(17, 30)))))
                .build();

        assertThat(longDays.plusWorkingHours(at("2030-01-07T16:30"), 2)).isEqualTo(at("2030-01-08T08:30"));
        assertThat(longDays.workingHours()).hasToString("07:30-17:30");
        assertThatThrownBy(() -> WorkingHours.of(List.of(
                        WorkingSession.of(LocalTime.of(7, 0), LocalTime.of(12, 0)),
                        WorkingSession.of(LocalTime.of(11, 0), LocalTime.of(17, 0)))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("WorkingHours: sessions[1].start = 11:00 breaks the rule: must not be before the end of the"
                        + " previous session (12:00)");
    }

    private static Instant at(LocalDate date, LocalTime time) {
        return LocalDateTime.of(date, time).atZone(VietnamTime.ZONE).toInstant();
    }
}
