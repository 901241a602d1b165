package io.github.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every working day of 2023, 2024 and 2025, checked against the days off and make-up days the
 * notices published, typed here from the notices and independent of the shipped data file.
 */
class OfficialCalendarGoldenTest {
    private final WorkingCalendar calendar = VietnamCalendars.official();

    /**
     * 2023: TB 5034/TB-LĐTBXH (07/12/2022) for Tết (20/1–26/1) and National Day (1/9–4/9); the
     * Labour Code for New Year (Sunday 1/1, off Monday 2/1) and for 29/4–3/5 (Hùng Kings on
     * Saturday 29/4 and 30/4 on Sunday: off 2/5 and 3/5). No make-up working day.
     */
    @Test
    void workingDaysOf2023MatchTheNotices() {
        assertYear(
                2023,
                dates("2023-01-02", "2023-01-20", "2023-01-23", "2023-01-24", "2023-01-25", "2023-01-26"),
                dates("2023-05-01", "2023-05-02", "2023-05-03", "2023-09-01", "2023-09-04"),
                dates());
    }

    /**
     * 2024: TB 5015/TB-LĐTBXH (22/11/2023) for Tết (8/2–14/2) and National Day (31/8–3/9); Công văn
     * 2450/VPCP-KGVX (12/04/2024): 27/4–1/5 off, Monday 29/4 worked on Saturday 4/5; Hùng Kings
     * Thursday 18/4; New Year Monday 1/1.
     */
    @Test
    void workingDaysOf2024MatchTheNotices() {
        assertYear(
                2024,
                dates("2024-01-01", "2024-02-08", "2024-02-09", "2024-02-12", "2024-02-13", "2024-02-14"),
                dates("2024-04-18", "2024-04-29", "2024-04-30", "2024-05-01", "2024-09-02", "2024-09-03"),
                dates("2024-05-04"));
    }

    /**
     * 2025: Công văn 8726/VPCP-KGVX (26/11/2024) and TB 6150/TB-BLĐTBXH: Tết 25/1–2/2; 30/4–4/5 with
     * Friday 2/5 worked on Saturday 26/4; National Day 30/8–2/9 (Monday 1/9 and Tuesday 2/9);
     * New Year Wednesday 1/1; Hùng Kings Monday 7/4.
     */
    @Test
    void workingDaysOf2025MatchTheNotices() {
        assertYear(
                2025,
                dates("2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31"),
                dates("2025-04-07", "2025-04-30", "2025-05-01", "2025-05-02", "2025-09-01", "2025-09-02"),
                dates("2025-04-26"));
    }

    @Test
    void aDossierReceivedTheDayBeforeTet2023WithOneWorkingDayIsDueAfterTet() {
        assertThat(calendar.plusWorkingDays(LocalDate.of(2023, 1, 19), 1)).isEqualTo(LocalDate.of(2023, 1, 27));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2023, 1, 19), LocalDate.of(2023, 1, 27)))
                .isEqualTo(1);
    }

    @Test
    void theMakeUpSaturdayOf2024IsCountedAsAWorkingDay() {
        assertThat(calendar.plusWorkingDays(LocalDate.of(2024, 5, 3), 1)).isEqualTo(LocalDate.of(2024, 5, 4));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2024, 4, 26), 1)).isEqualTo(LocalDate.of(2024, 5, 2));
    }

    private void assertYear(int year, Set<LocalDate> daysOffA, Set<LocalDate> daysOffB, Set<LocalDate> makeUpDays) {
        Set<LocalDate> daysOff =
                Stream.concat(daysOffA.stream(), daysOffB.stream()).collect(Collectors.toSet());
        List<LocalDate> wrong = new ArrayList<>();
        for (LocalDate date = LocalDate.of(year, 1, 1); date.getYear() == year; date = date.plusDays(1)) {
            boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean expected = makeUpDays.contains(date) || (!weekend && !daysOff.contains(date));
            if (calendar.isWorkingDay(date) != expected) {
                wrong.add(date);
            }
        }
        assertThat(wrong)
                .as("days whose working status differs from the notices")
                .isEmpty();
        assertThat(calendar.schedule().entriesIn(year))
                .extracting(CalendarEntry::date)
                .containsExactlyInAnyOrderElementsOf(
                        Stream.concat(daysOff.stream(), makeUpDays.stream()).toList());
    }

    private static Set<LocalDate> dates(String... dates) {
        return Stream.of(dates).map(LocalDate::parse).collect(Collectors.toSet());
    }
}
