package io.github.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.CalendarRangeException;
import io.github.motcua.calendar.StatutoryHolidays.NationalDayExtraDay;
import io.github.motcua.calendar.StatutoryHolidays.TetDays;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatutoryHolidaysTest {

    private static List<String> summary(List<CalendarEntry> entries) {
        return entries.stream().map(entry -> entry.date() + " " + entry.kind()).toList();
    }

    @Test
    void year2027UnderTheLabourCode2019() {
        // Tết 2027 is Saturday 6/2: Friday 5/2 to Tuesday 9/2, Saturday and Sunday compensated on 10/2 and 11/2.
        // 1/5 is a Saturday: compensated on Monday 3/5. National Day: 1/9 and 2/9.
        List<CalendarEntry> entries = StatutoryHolidays.defaults().entriesFor(2027);

        assertThat(summary(entries))
                .containsExactly(
                        "2027-01-01 PUBLIC_HOLIDAY",
                        "2027-02-05 PUBLIC_HOLIDAY",
                        "2027-02-08 PUBLIC_HOLIDAY",
                        "2027-02-09 PUBLIC_HOLIDAY",
                        "2027-02-10 COMPENSATORY_DAY_OFF",
                        "2027-02-11 COMPENSATORY_DAY_OFF",
                        "2027-04-16 PUBLIC_HOLIDAY",
                        "2027-04-30 PUBLIC_HOLIDAY",
                        "2027-05-03 COMPENSATORY_DAY_OFF",
                        "2027-09-01 PUBLIC_HOLIDAY",
                        "2027-09-02 PUBLIC_HOLIDAY",
                        "2027-11-24 PUBLIC_HOLIDAY");
        assertThat(entries)
                .allMatch(entry -> entry.status() == EntryStatus.PROVISIONAL)
                .allMatch(entry -> entry.source().startsWith("Bộ luật Lao động 2019"));
        assertThat(entries.get(4).name()).isEqualTo("Nghỉ bù Tết Âm lịch");
    }

    @Test
    void year2016UnderTheLabourCode2012MatchesWhatWasPublished() {
        // TB 4659/TB-LĐTBXH: Tết 8/2–12/2 off; Hùng Kings (Saturday 16/4) off on 18/4; 2/5 and 3/5 off.
        assertThat(StatutoryHolidays.defaults().entriesFor(2016))
                .extracting(CalendarEntry::date)
                .containsExactly(
                        LocalDate.of(2016, 1, 1),
                        LocalDate.of(2016, 2, 8),
                        LocalDate.of(2016, 2, 9),
                        LocalDate.of(2016, 2, 10),
                        LocalDate.of(2016, 2, 11),
                        LocalDate.of(2016, 2, 12),
                        LocalDate.of(2016, 4, 18),
                        LocalDate.of(2016, 5, 2),
                        LocalDate.of(2016, 5, 3),
                        LocalDate.of(2016, 9, 2));
    }

    @Test
    void theYearlyChoicesAreNamedPolicies() {
        StatutoryHolidays rules = StatutoryHolidays.defaults()
                .withTetDays(TetDays.LAST_TWO_AND_FIRST_THREE)
                .withNationalDayExtraDay(NationalDayExtraDay.DAY_AFTER);

        assertThat(rules.entriesFor(2024))
                .extracting(CalendarEntry::date)
                .contains(LocalDate.of(2024, 2, 8), LocalDate.of(2024, 9, 3))
                .doesNotContain(LocalDate.of(2024, 9, 1));
        assertThat(rules)
                .hasToString("StatutoryHolidays[tetDays=LAST_TWO_AND_FIRST_THREE, nationalDayExtraDay=DAY_AFTER,"
                        + " cultureDay=true]");
        assertThat(rules)
                .isEqualTo(StatutoryHolidays.defaults()
                        .withNationalDayExtraDay(NationalDayExtraDay.DAY_AFTER)
                        .withTetDays(TetDays.LAST_TWO_AND_FIRST_THREE));
    }

    @Test
    void cultureDayIsCountedFrom2026UnlessTurnedOff() {
        assertThat(StatutoryHolidays.defaults().entriesFor(2025))
                .noneMatch(entry -> entry.date().equals(LocalDate.of(2025, 11, 24)));
        assertThat(StatutoryHolidays.defaults().entriesFor(2030))
                .anyMatch(entry -> entry.date().equals(LocalDate.of(2030, 11, 25))
                        && entry.name().equals("Nghỉ bù Ngày Văn hóa Việt Nam"));
        assertThat(StatutoryHolidays.defaults().withCultureDay(false).entriesFor(2027))
                .noneMatch(entry -> entry.date().getMonthValue() == 11);
    }

    @Test
    void theLabourCode2012StartsOnTheFirstOfMay2013() {
        assertThat(StatutoryHolidays.defaults().entriesFor(2013))
                .allMatch(entry -> !entry.date().isBefore(LocalDate.of(2013, 5, 1)));
        assertThatThrownBy(() -> StatutoryHolidays.defaults().entriesFor(2012))
                .isInstanceOf(CalendarRangeException.class)
                .hasMessageStartingWith("statutory holidays (Labour Code 2012 or later): 2012-01-01 is outside");
    }
}
