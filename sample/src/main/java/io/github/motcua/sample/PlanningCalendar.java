package io.github.motcua.sample;

import io.github.motcua.DateRange;
import io.github.motcua.calendar.CalendarEntry;
import io.github.motcua.calendar.DayKind;
import io.github.motcua.calendar.EntryStatus;
import io.github.motcua.calendar.WorkingCalendar;
import java.time.LocalDate;

/**
 * The working days the Thuận Châu sample lays its dossiers out on, written out here from the
 * announcements rather than taken from the library's calendar data: Saturdays and Sundays, and
 * the civil service's days off from November 2022 to January 2024 (Labour Code 2019 Điều 111–112;
 * Thông báo 5034/TB-LĐTBXH of 7 December 2022 for 2023). The dossiers are planned on this table
 * and classified with the library's calendar, so a calendar that lost, moved or added a day off
 * would no longer reproduce the published figures.
 */
final class PlanningCalendar {
    private static final String ANNOUNCEMENT = "Thông báo 5034/TB-LĐTBXH ngày 07/12/2022";

    private PlanningCalendar() {}

    /** The calendar of the sample's dates. */
    static WorkingCalendar of2023() {
        return WorkingCalendar.builder()
                .range(DateRange.ofClosed(LocalDate.of(2022, 11, 1), LocalDate.of(2024, 1, 31)))
                .entry(dayOff(2023, 1, 2, DayKind.COMPENSATORY_DAY_OFF, "Nghỉ bù Tết Dương lịch"))
                .entry(dayOff(2023, 1, 20, DayKind.PUBLIC_HOLIDAY, "Tết Nguyên đán (29 tháng Chạp)"))
                .entry(dayOff(2023, 1, 23, DayKind.PUBLIC_HOLIDAY, "Tết Nguyên đán (mùng 2)"))
                .entry(dayOff(2023, 1, 24, DayKind.PUBLIC_HOLIDAY, "Tết Nguyên đán (mùng 3)"))
                .entry(dayOff(2023, 1, 25, DayKind.COMPENSATORY_DAY_OFF, "Nghỉ bù Tết Nguyên đán"))
                .entry(dayOff(2023, 1, 26, DayKind.COMPENSATORY_DAY_OFF, "Nghỉ bù Tết Nguyên đán"))
                .entry(dayOff(2023, 5, 1, DayKind.PUBLIC_HOLIDAY, "Quốc tế Lao động"))
                .entry(dayOff(2023, 5, 2, DayKind.COMPENSATORY_DAY_OFF, "Nghỉ bù Giỗ Tổ Hùng Vương (thứ Bảy)"))
                .entry(dayOff(2023, 5, 3, DayKind.COMPENSATORY_DAY_OFF, "Nghỉ bù 30/4 (Chủ nhật)"))
                .entry(dayOff(2023, 9, 1, DayKind.PUBLIC_HOLIDAY, "Quốc khánh (ngày liền kề)"))
                .entry(dayOff(2023, 9, 4, DayKind.COMPENSATORY_DAY_OFF, "Nghỉ bù Quốc khánh (Chủ nhật)"))
                .entry(CalendarEntry.of(
                        LocalDate.of(2024, 1, 1),
                        DayKind.PUBLIC_HOLIDAY,
                        "Tết Dương lịch",
                        "Bộ luật Lao động 2019 Điều 112 khoản 1 điểm a",
                        EntryStatus.PUBLISHED))
                .build();
    }

    private static CalendarEntry dayOff(int year, int month, int day, DayKind kind, String name) {
        return CalendarEntry.of(LocalDate.of(year, month, day), kind, name, ANNOUNCEMENT, EntryStatus.PUBLISHED);
    }
}
