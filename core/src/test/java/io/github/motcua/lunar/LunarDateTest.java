package io.github.motcua.lunar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.CalendarRangeException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LunarDateTest {

    /** Tết (1/1) and the Hùng Kings' Commemoration (10/3) in Vietnam, as published for each year. */
    @ParameterizedTest(name = "{0}: Tết {1}, Giỗ Tổ {2}")
    @CsvSource({
        "2015, 2015-02-19, 2015-04-28",
        "2016, 2016-02-08, 2016-04-16",
        "2017, 2017-01-28, 2017-04-06",
        "2018, 2018-02-16, 2018-04-25",
        "2019, 2019-02-05, 2019-04-14",
        "2020, 2020-01-25, 2020-04-02",
        "2021, 2021-02-12, 2021-04-21",
        "2022, 2022-02-01, 2022-04-10",
        "2023, 2023-01-22, 2023-04-29",
        "2024, 2024-02-10, 2024-04-18",
        "2025, 2025-01-29, 2025-04-07",
        "2026, 2026-02-17, 2026-04-26",
        "2027, 2027-02-06, 2027-04-16",
        "2028, 2028-01-26, 2028-04-04",
        "2029, 2029-02-13, 2029-04-23",
        "2030, 2030-02-02, 2030-04-12",
    })
    void tetAndHungKingsDayFallOnThePublishedDates(int year, LocalDate tet, LocalDate hungKings) {
        assertThat(LunarDate.of(year, 1, 1).toLocalDate()).isEqualTo(tet);
        assertThat(LunarDate.of(year, 3, 10).toLocalDate()).isEqualTo(hungKings);
        assertThat(LunarDate.from(tet)).hasToString(year + "-01-01");
        assertThat(LunarDate.from(tet.minusDays(1)).year()).isEqualTo(year - 1);
    }

    /** Days on which Vietnam (UTC+7) and China (UTC+8) differ, as documented for Vietnam. */
    @ParameterizedTest(name = "lunar {0} is {1} in Vietnam")
    @CsvSource({
        "1968-01-01, 1968-01-29",
        "1969-01-01, 1969-02-16",
        "1985-01-01, 1985-01-21",
        "2007-01-01, 2007-02-17",
        "2030-01-01, 2030-02-02",
        "2053-01-01, 2053-02-18",
        "2009-03-10, 2009-04-04",
        "2037-03-10, 2037-04-24",
        "2038-03-10, 2038-04-13",
    })
    void datesFollowVietnamsTimeZoneNotChinas(String lunar, LocalDate solar) {
        String[] parts = lunar.split("-");
        LunarDate date =
                LunarDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));

        assertThat(date.toLocalDate()).isEqualTo(solar);
        assertThat(LunarDate.from(solar)).isEqualTo(date);
    }

    @Test
    void theDayAfterTet2007InVietnamIsChinasTet() {
        assertThat(LunarDate.from(LocalDate.of(2007, 2, 18))).hasToString("2007-01-02");
    }

    @ParameterizedTest(name = "leap month {1} of {0} starts on {2}")
    @CsvSource({
        "1995, 8, 1995-09-24",
        "2017, 6, 2017-07-23",
        "2020, 4, 2020-05-23",
        "2023, 2, 2023-03-22",
        "2025, 6, 2025-07-25",
        "2028, 5, 2028-06-23",
        "2033, 11, 2033-12-22",
    })
    void leapMonthsStartOnThePublishedDays(int year, int month, LocalDate start) {
        assertThat(LunarDate.of(year, month, 1, true).toLocalDate()).isEqualTo(start);
    }

    @Test
    void leapMonthSixOf2025HasTwentyNineDays() {
        assertThat(LunarDate.of(2025, 6, 1, true).lengthOfMonth()).isEqualTo(29);
    }

    @ParameterizedTest(name = "month 12 before Tết {0} has 29 days")
    @CsvSource({"2025", "2026", "2027", "2028", "2029", "2030", "2031", "2032"})
    void theLastMonthBeforeTetHasTwentyNineDaysFrom2025To2032(int year) {
        assertThat(LunarDate.of(year - 1, 12, 1).lengthOfMonth()).isEqualTo(29);
    }

    @ParameterizedTest(name = "{0} repeats month {1}")
    @CsvSource({"2012, 4", "2014, 9", "2017, 6", "2020, 4", "2023, 2", "2025, 6", "2028, 5", "2031, 3", "2033, 11"})
    void leapMonthsRepeatTheMonthBeforeThem(int year, int month) {
        assertThat(LunarDate.leapMonthOf(year)).isEqualTo(OptionalInt.of(month));
        LunarDate leap = LunarDate.of(year, month, 1, true);
        assertThat(leap.isLeapMonth()).isTrue();
        assertThat(leap.toLocalDate()).isAfter(LunarDate.of(year, month, 1).toLocalDate());
        assertThat(LunarDate.of(year, month + 1, 1).toLocalDate())
                .isEqualTo(leap.toLocalDate().plusDays(leap.lengthOfMonth()));
        assertThat(leap).hasToString(String.format("%d-%02d-01 leap", year, month));
    }

    @Test
    void yearsWithoutLeapMonthHaveTwelveMonths() {
        assertThat(LunarDate.leapMonthOf(2024)).isEmpty();
        assertThat(LunarDate.of(2025, 1, 1).toLocalDate().toEpochDay()
                        - LunarDate.of(2024, 1, 1).toLocalDate().toEpochDay())
                .isBetween(353L, 355L);
    }

    @Test
    void aLeapMonthTheYearDoesNotHaveDoesNotExist() {
        assertThatThrownBy(() -> LunarDate.of(2023, 3, 1, true))
                .isInstanceOf(DateTimeException.class)
                .hasMessage("lunar date 2023-03-01 leap does not exist: 2023 has no leap month 3; its leap month is 2");
        assertThatThrownBy(() -> LunarDate.of(2024, 3, 1, true))
                .hasMessage(
                        "lunar date 2024-03-01 leap does not exist: 2024 has no leap month 3; it has no leap month");
    }

    @Test
    void aDayPastTheMonthsLengthDoesNotExist() {
        LunarDate first = LunarDate.of(2023, 1, 1);
        int length = first.lengthOfMonth();
        assertThat(length).isIn(29, 30);
        assertThat(LunarDate.of(2023, 1, length).toLocalDate())
                .isEqualTo(first.toLocalDate().plusDays(length - 1));
        assertThatThrownBy(() -> LunarDate.of(2023, 1, length + 1))
                .isInstanceOf(DateTimeException.class)
                .hasMessage("lunar date 2023-01-" + (length + 1) + " does not exist: month 1 of 2023 has " + length
                        + " days");
        assertThatThrownBy(() -> LunarDate.of(2023, 13, 1))
                .hasMessage("lunar date 2023-13-01 does not exist: months are numbered 1 to 12");
        assertThatThrownBy(() -> LunarDate.of(2023, 1, 0)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void datesOutsideTheSupportedRangeAreRejected() {
        assertThatThrownBy(() -> LunarDate.from(LocalDate.of(1899, 12, 31)))
                .isInstanceOf(CalendarRangeException.class)
                .hasMessage("lunar calendar: 1899-12-31 is outside the supported range 1900-01-01 to 2199-12-31");
        assertThatThrownBy(() -> LunarDate.from(LocalDate.of(2200, 1, 1))).isInstanceOf(CalendarRangeException.class);
        assertThatThrownBy(() -> LunarDate.of(1850, 1, 1))
                .isInstanceOf(DateTimeException.class)
                .hasMessage(
                        "lunar date 1850-01-01 is outside the supported range: solar days 1900-01-01 to 2199-12-31");
        assertThat(LunarDate.supportedRange()).hasToString("1900-01-01/2199-12-31");
        assertThat(LunarDate.from(LunarDate.supportedRange().start()).toLocalDate())
                .isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(LunarDate.from(LunarDate.supportedRange().endInclusive()).toLocalDate())
                .isEqualTo(LocalDate.of(2199, 12, 31));
    }

    @Test
    void datesCompareInCalendarOrder() {
        LunarDate month2 = LunarDate.of(2023, 2, 29);
        LunarDate leap2 = LunarDate.of(2023, 2, 1, true);
        assertThat(month2).isLessThan(leap2);
        assertThat(leap2).isLessThan(LunarDate.of(2023, 3, 1));
        assertThat(LunarDate.from(leap2.toLocalDate())).isEqualTo(leap2).hasSameHashCodeAs(leap2);
    }
}
