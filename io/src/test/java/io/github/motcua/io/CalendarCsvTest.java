package io.github.motcua.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.CalendarRangeException;
import io.github.motcua.DateRange;
import io.github.motcua.calendar.VietnamCalendars;
import io.github.motcua.calendar.WorkingCalendar;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CalendarCsvTest {
    private static final WorkingCalendar CALENDAR = VietnamCalendars.official();

    @Test
    void theNthWorkingDayAfterADateIsTheWorkingDateWhoseOrdinalIsTheDatesPlusN() throws IOException {
        StringBuilder csv = new StringBuilder();
        CalendarCsv.write(CALENDAR, DateRange.parse("2023-01-01/2023-12-31"), csv);
        List<String> lines = csv.toString().lines().toList();
        Map<LocalDate, Integer> ordinals = new HashMap<>();
        Map<Integer, LocalDate> workingByOrdinal = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            LocalDate date = LocalDate.parse(cells[0]);
            ordinals.put(date, Integer.parseInt(cells[2]));
            if (Boolean.parseBoolean(cells[1])) {
                workingByOrdinal.put(Integer.parseInt(cells[2]), date);
            }
        }

        assertThat(lines.get(0)).isEqualTo(CalendarCsv.HEADER);
        assertThat(lines).hasSize(366);
        assertThat(lines).contains("2023-01-20,false,2443", "2023-01-27,true,2444"); // Tết 2023
        for (LocalDate date = LocalDate.of(2023, 1, 1);
                date.isBefore(LocalDate.of(2023, 11, 1));
                date = date.plusDays(1)) {
            for (int n : new int[] {1, 3, 10, 15}) {
                assertThat(workingByOrdinal.get(ordinals.get(date) + n))
                        .as("%d working days after %s", n, date)
                        .isEqualTo(CALENDAR.plusWorkingDays(date, n));
            }
        }
    }

    @Test
    void aRangeReachingOutsideTheCalendarIsRefusedBeforeAnythingIsWritten() {
        StringBuilder csv = new StringBuilder();

        assertThatThrownBy(() -> CalendarCsv.write(CALENDAR, DateRange.parse("2012-01-01/2012-02-01"), csv))
                .isInstanceOf(CalendarRangeException.class);
        assertThatThrownBy(() -> CalendarCsv.write(CALENDAR, DateRange.parse("2035-12-01/2036-01-31"), csv))
                .isInstanceOf(CalendarRangeException.class);
        assertThat(csv).isEmpty();
    }
}
