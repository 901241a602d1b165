package io.github.motcua.examples;

import io.github.motcua.calendar.CalendarEntry;
import io.github.motcua.calendar.DayKind;
import io.github.motcua.calendar.EntryStatus;
import io.github.motcua.calendar.VietnamCalendars;
import io.github.motcua.calendar.WorkingCalendar;
import io.github.motcua.lunar.LunarDate;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** The README's calendar example: working days, a due date across Tết, a lunar date, a province's day off. */
public final class CountWorkingDays {
    private CountWorkingDays() {}

    /**
     * Prints a few answers of the national working calendar.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        // tag::readme[]
        WorkingCalendar calendar = VietnamCalendars.official();
        out.println(calendar.isWorkingDay(LocalDate.of(2023, 1, 23))); // false: Tết
        out.println(calendar.plusWorkingDays(LocalDate.of(2023, 1, 19), 1)); // 2023-01-27
        out.println(calendar.workingDaysBetween(LocalDate.of(2023, 1, 19), LocalDate.of(2023, 1, 27))); // 1
        out.println(LunarDate.of(2023, 3, 10).toLocalDate()); // 2023-04-29, Giỗ Tổ Hùng Vương

        WorkingCalendar province = VietnamCalendars.builder() // a province's own day off
                .entry(CalendarEntry.of(
                        LocalDate.of(2025, 3, 14),
                        DayKind.LOCAL_DAY_OFF,
                        "Lễ hội Hoa Ban",
                        "Quyết định …/QĐ-UBND",
                        EntryStatus.PUBLISHED))
                .build();
        out.println(province.isWorkingDay(LocalDate.of(2025, 3, 14))); // false
        // end::readme[]
    }
}
