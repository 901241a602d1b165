package io.github.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.CalendarRangeException;
import io.github.motcua.DateRange;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class VietnamCalendarsTest {
    private final WorkingCalendar official = VietnamCalendars.official();

    @Test
    void theNationalCalendarRunsFromTheLabourCode2012To2035() {
        assertThat(official.range()).isEqualTo(VietnamCalendars.RANGE).hasToString("2013-05-01/2035-12-31");
        assertThat(VietnamCalendars.official()).isSameAs(official);
    }

    @Test
    void everyEntryCitesItsSource() {
        assertThat(official.schedule().entries())
                .isNotEmpty()
                .allSatisfy(
                        entry -> assertThat(entry.source()).matches(".*(TB|VPCP|BNV|LC19|LC20|Bộ luật Lao động|NQ).*"));
    }

    @Test
    void publishedDataCovers2013To2026AndLaterYearsAreComputedAndProvisional() {
        IntStream.rangeClosed(2013, 2026)
                .forEach(year -> assertThat(official.schedule().entriesIn(year))
                        .as("%d", year)
                        .anyMatch(entry -> entry.status() == EntryStatus.PUBLISHED));
        IntStream.rangeClosed(2027, 2035)
                .forEach(year -> assertThat(official.schedule().entriesIn(year))
                        .as("%d", year)
                        .isNotEmpty()
                        .allMatch(entry -> entry.status() == EntryStatus.PROVISIONAL)
                        .allMatch(entry -> entry.source().contains("computed")));
    }

    @Test
    void vietnameseCultureDay2026IsAProvisionalDayOff() {
        CalendarEntry cultureDay =
                official.schedule().entry(LocalDate.of(2026, 11, 24)).orElseThrow();

        assertThat(cultureDay.status()).isEqualTo(EntryStatus.PROVISIONAL);
        assertThat(official.isWorkingDay(LocalDate.of(2026, 11, 24))).isFalse();
    }

    @Test
    void theCultureDayChoiceReachesTheBundledProvisionalRow() {
        // Issue 18, defect 6: the choice changed the computed years only.
        WorkingCalendar without = VietnamCalendars.builder()
                .statutoryHolidays(StatutoryHolidays.defaults().withCultureDay(false))
                .build();

        assertThat(without.isWorkingDay(LocalDate.of(2026, 11, 24))).isTrue();
        assertThat(without.isWorkingDay(LocalDate.of(2027, 11, 24))).isTrue();
        assertThat(without.isWorkingDay(LocalDate.of(2026, 9, 2))).isFalse();
        assertThat(official.isWorkingDay(LocalDate.of(2027, 11, 24))).isFalse();
    }

    @Test
    void provisionalEntriesAreTheDataRowsAndComputedYearsAreListedApart() {
        assertThat(official.computedYears()).first().isEqualTo(2027);
        assertThat(official.computedYears()).last().isEqualTo(2035);
        assertThat(official.provisionalEntries(LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31)))
                .extracting(CalendarEntry::date)
                .containsExactly(LocalDate.of(2026, 11, 24));
        assertThat(official.provisionalEntries(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 12, 31)))
                .isEmpty();
    }

    @Test
    void aProvinceAddsItsOwnDayOffWithoutChangingTheNationalCalendar() {
        LocalDate festival = LocalDate.of(2025, 3, 14);
        WorkingCalendar province = VietnamCalendars.builder()
                .entry(CalendarEntry.of(
                        festival,
                        DayKind.LOCAL_DAY_OFF,
                        "Lễ hội Hoa Ban",
                        "Quyết định của UBND tỉnh (ví dụ)",
                        EntryStatus.PUBLISHED))
                .build();

        assertThat(province.isWorkingDay(festival)).isFalse();
        assertThat(official.isWorkingDay(festival)).isTrue();
        assertThat(province.plusWorkingDays(LocalDate.of(2025, 3, 13), 1)).isEqualTo(LocalDate.of(2025, 3, 17));
    }

    @Test
    void aProvinceDayOffInAComputedYearKeepsThatYearsStatutoryHolidays() {
        WorkingCalendar province = VietnamCalendars.builder()
                .entry(CalendarEntry.of(
                        LocalDate.of(2030, 3, 15),
                        DayKind.LOCAL_DAY_OFF,
                        "Lễ hội",
                        "QĐ (ví dụ)",
                        EntryStatus.PUBLISHED))
                .build();

        assertThat(province.isWorkingDay(LocalDate.of(2030, 3, 15))).isFalse();
        assertThat(province.isWorkingDay(LocalDate.of(2030, 2, 4)))
                .as("Tết 2030")
                .isFalse();
        assertThat(province.isWorkingDay(LocalDate.of(2030, 4, 30))).isFalse();
        assertThat(province.schedule().entriesIn(2030))
                .hasSize(official.schedule().entriesIn(2030).size() + 1);
    }

    @Test
    void statutoryHolidaysAreNotComputedBeforeTheLabourCode2012() {
        WorkingCalendar.Builder early = WorkingCalendar.builder()
                .range(DateRange.parse("2013-01-01/2014-12-31"))
                .statutoryHolidays(StatutoryHolidays.defaults());

        assertThatThrownBy(early::build)
                .isInstanceOf(CalendarRangeException.class)
                .hasMessageContaining("2013-01-01 is outside the supported range 2013-05-01");
        assertThat(VietnamCalendars.builder()
                        .range(DateRange.parse("2013-01-01/2014-12-31"))
                        .build()
                        .isWorkingDay(LocalDate.of(2013, 2, 11)))
                .as("Tết 2013 comes from the published data")
                .isFalse();
    }

    @Test
    void theDataCanBeReplacedAndTheRangeExtendedWithComputedYears() {
        WorkingCalendar extended = VietnamCalendars.builder()
                .range(DateRange.parse("2020-01-01/2040-12-31"))
                .build();

        assertThat(extended.isWorkingDay(LocalDate.of(2040, 1, 2))).isFalse(); // New Year 2040 is a Sunday
        WorkingCalendar bare = VietnamCalendars.builder()
                .schedule(HolidaySchedule.empty())
                .range(DateRange.parse("2023-01-01/2023-12-31"))
                .build();
        assertThat(bare.isWorkingDay(LocalDate.of(2023, 1, 23))).isFalse(); // computed Tết 2023
    }
}
