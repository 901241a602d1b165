package io.github.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HolidayScheduleTest {
    private static final CalendarEntry NEW_YEAR = CalendarEntry.of(
            LocalDate.of(2030, 1, 1),
            DayKind.PUBLIC_HOLIDAY,
            "Tết Dương lịch",
            "LC2019 Đ.112",
            EntryStatus.PROVISIONAL);
    private static final CalendarEntry LOCAL = CalendarEntry.of(
            LocalDate.of(2030, 1, 1), DayKind.LOCAL_DAY_OFF, "Lễ hội", "QĐ 1/QĐ-UBND", EntryStatus.PUBLISHED);

    @Test
    void twoEntriesOnOneDateAreRejected() {
        assertThatThrownBy(() -> HolidaySchedule.of(List.of(NEW_YEAR, LOCAL)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("HolidaySchedule: entries = 2030-01-01 breaks the rule: one entry per date;"
                        + " both 'Tết Dương lịch' and 'Lễ hội' are given");
    }

    @Test
    void withReplacesTheEntryOfTheSameDateAndLeavesTheOriginalAlone() {
        HolidaySchedule schedule = HolidaySchedule.of(List.of(NEW_YEAR));

        assertThat(schedule.with(LOCAL).entry(LOCAL.date())).contains(LOCAL);
        assertThat(schedule.entry(LOCAL.date())).contains(NEW_YEAR);
        assertThat(schedule.without(NEW_YEAR.date()).entries()).isEmpty();
        assertThat(schedule.years()).containsExactly(2030);
        assertThat(schedule).hasToString("HolidaySchedule[1 entries, 2030 to 2030]");
    }

    @Test
    void withYearsReplacesWholeYears() {
        CalendarEntry other = CalendarEntry.of(
                LocalDate.of(2031, 1, 1), DayKind.PUBLIC_HOLIDAY, "Tết Dương lịch", "TB", EntryStatus.PUBLISHED);
        HolidaySchedule schedule = HolidaySchedule.of(List.of(NEW_YEAR, other));

        assertThat(schedule.withYears(List.of(2030), List.of(LOCAL)).entries()).containsExactly(LOCAL, other);
    }

    @Test
    void aDayOffOnAWeekendOrAMakeUpDayOnAWeekdayIsRejected() {
        assertThatThrownBy(() -> CalendarEntry.of(
                        LocalDate.of(2030, 1, 5), DayKind.PUBLIC_HOLIDAY, "X", "Y", EntryStatus.PUBLISHED))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("CalendarEntry '2030-01-05': kind = PUBLIC_HOLIDAY breaks the rule: a day off must fall on"
                        + " a weekday; SATURDAY is a weekly rest day already");
        assertThatThrownBy(() -> CalendarEntry.of(
                        LocalDate.of(2030, 1, 7), DayKind.MAKE_UP_WORKING_DAY, "X", "Y", EntryStatus.PUBLISHED))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("CalendarEntry '2030-01-07': kind = MAKE_UP_WORKING_DAY breaks the rule: a make-up working"
                        + " day must fall on a Saturday or Sunday, not MONDAY");
        assertThatThrownBy(() -> CalendarEntry.of(
                        LocalDate.of(2030, 1, 7), DayKind.LOCAL_DAY_OFF, "X", " ", EntryStatus.PUBLISHED))
                .hasMessage("CalendarEntry '2030-01-07': source = ' ' breaks the rule: must not be blank");
    }

    @Test
    void aBrokenDataFileNamesTheLine() {
        String text = ScheduleResource.HEADER + "\n2030-01-07\tPUBLIC_HOLIDAY\tX\n";
        assertThatThrownBy(() ->
                        ScheduleResource.parse("test.tsv", new java.io.BufferedReader(new java.io.StringReader(text))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("test.tsv line 2: expected 5 tab-separated fields, found 3");
    }

    @Test
    void aDateInTheDataFileIsWrittenYyyyMmDdAndExists() throws java.io.IOException {
        assertThat(parse("2030-01-07").entries())
                .extracting(CalendarEntry::date)
                .containsExactly(LocalDate.of(2030, 1, 7));
        assertThatThrownBy(() -> parse("2030-1-07"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("test.tsv line 2: '2030-1-07' is not a date written YYYY-MM-DD");
        assertThatThrownBy(() -> parse("+030-01-07"))
                .hasMessage("test.tsv line 2: '+030-01-07' is not a date written YYYY-MM-DD");
        assertThatThrownBy(() -> parse("2030-02-30"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("test.tsv line 2: Invalid date 'FEBRUARY 30'");
    }

    private static HolidaySchedule parse(String date) throws java.io.IOException {
        String text = ScheduleResource.HEADER + "\n" + date + "\tPUBLIC_HOLIDAY\tX\tY\tPUBLISHED\n";
        return ScheduleResource.parse("test.tsv", new java.io.BufferedReader(new java.io.StringReader(text)));
    }
}
