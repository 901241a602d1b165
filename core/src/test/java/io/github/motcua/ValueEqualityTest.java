package io.github.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.calendar.CalendarEntry;
import io.github.motcua.calendar.DayKind;
import io.github.motcua.calendar.EntryStatus;
import io.github.motcua.calendar.HolidaySchedule;
import io.github.motcua.calendar.StatutoryHolidays;
import io.github.motcua.calendar.WorkingHours;
import io.github.motcua.calendar.WorkingSession;
import io.github.motcua.lunar.LunarDate;
import io.github.motcua.period.PeriodKind;
import io.github.motcua.period.ReportingPeriod;
import io.github.motcua.period.WindowPolicy;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-written value types of core are equal by value: two made from the same inputs are equal
 * with equal hash codes, and each changed input gives an unequal value. (The published modules'
 * value types together are checked with Guava's testers in the command line's tests.)
 */
class ValueEqualityTest {

    static Stream<Arguments> values() {
        return Stream.of(
                of(
                        "LunarDate",
                        () -> LunarDate.of(2023, 1, 1),
                        LunarDate.of(2023, 1, 2),
                        LunarDate.of(2023, 2, 1),
                        LunarDate.of(2024, 1, 1),
                        LunarDate.of(2023, 2, 1, true)),
                of(
                        "DateRange",
                        () -> DateRange.ofClosed(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 30)),
                        DateRange.ofClosed(LocalDate.of(2023, 1, 2), LocalDate.of(2023, 6, 30)),
                        DateRange.ofClosed(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 7, 1))),
                of(
                        "ReportingPeriod",
                        () -> ReportingPeriod.of(PeriodKind.QUARTER, 2023, 1),
                        ReportingPeriod.of(PeriodKind.QUARTER, 2023, 2),
                        ReportingPeriod.of(PeriodKind.QUARTER, 2024, 1),
                        ReportingPeriod.of(PeriodKind.MONTH, 2023, 1),
                        ReportingPeriod.of(PeriodKind.QUARTER, 2023, 1).withWindow(WindowPolicy.CALENDAR)),
                of(
                        "WorkingHours",
                        () -> WorkingHours.of(List.of(
                                WorkingSession.of(LocalTime.of(7, 30), LocalTime.of(11, 30)),
                                WorkingSession.of(LocalTime.of(13, 30), LocalTime.of(17, 0)))),
                        WorkingHours.of(List.of(WorkingSession.of(LocalTime.of(7, 30), LocalTime.of(11, 30)))),
                        WorkingHours.of(List.of(
                                WorkingSession.of(LocalTime.of(8, 0), LocalTime.of(12, 0)),
                                WorkingSession.of(LocalTime.of(13, 30), LocalTime.of(17, 0))))),
                of(
                        "HolidaySchedule",
                        () -> HolidaySchedule.of(List.of(entry(1))),
                        HolidaySchedule.of(List.of(entry(2))),
                        HolidaySchedule.of(List.of(entry(1), entry(2))),
                        HolidaySchedule.empty()),
                of(
                        "StatutoryHolidays",
                        StatutoryHolidays::defaults,
                        StatutoryHolidays.defaults().withCultureDay(false)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void valuesFromTheSameInputsAreEqualAndEachChangedInputGivesAnotherValue(
            String type, Supplier<Object> make, Object[] others) {
        Object value = make.get();
        Object again = make.get();

        assertThat(again)
                .isEqualTo(value)
                .hasSameHashCodeAs(value)
                .isNotEqualTo(null)
                .isNotEqualTo(type);
        assertThat(value).isEqualTo(value);
        for (Object other : others) {
            assertThat(other).isNotEqualTo(value);
            assertThat(value).isNotEqualTo(other);
        }
    }

    private static Arguments of(String type, Supplier<Object> make, Object... others) {
        return Arguments.of(type, make, others);
    }

    private static CalendarEntry entry(int day) {
        return CalendarEntry.of(
                LocalDate.of(2023, 3, day), DayKind.LOCAL_DAY_OFF, "Nghỉ", "Quyết định 1", EntryStatus.PUBLISHED);
    }
}
