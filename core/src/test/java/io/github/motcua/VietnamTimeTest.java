package io.github.motcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class VietnamTimeTest {

    @Test
    void anEveningInstantInUtcIsTheNextDayInVietnam() {
        assertThat(VietnamTime.dateOf(Instant.parse("2023-01-04T17:00:00Z"))).isEqualTo(LocalDate.of(2023, 1, 5));
        assertThat(VietnamTime.dateOf(Instant.parse("2023-01-04T16:59:59Z"))).isEqualTo(LocalDate.of(2023, 1, 4));
    }

    @Test
    void datesAgreeWithTheJdksZoneRulesBeforeAndAfter1975() {
        for (long seconds = -2_500_000_000L; seconds < 4_000_000_000L; seconds += 86_399 * 37) {
            Instant instant = Instant.ofEpochSecond(seconds);
            assertThat(VietnamTime.dateOf(instant))
                    .as("%s", instant)
                    .isEqualTo(LocalDate.ofInstant(instant, VietnamTime.ZONE));
        }
    }

    @Test
    void timesOfDayAgreeWithTheJdksZoneRulesBeforeAndAfter1975() {
        for (long seconds = -2_500_000_000L; seconds < 4_000_000_000L; seconds += 86_399 * 37 + 13) {
            Instant instant = Instant.ofEpochSecond(seconds, seconds % 1_000_000_000L);
            assertThat(VietnamTime.nanoOfDayOf(instant))
                    .as("%s", instant)
                    .isEqualTo(java.time.LocalTime.ofInstant(instant, VietnamTime.ZONE)
                            .toNanoOfDay());
        }
    }

    @Test
    void localTimesGiveTheSameInstantsAsTheJdksZoneRulesBeforeAndAfter1975() {
        for (long day = -30_000; day < 40_000; day += 7) {
            int second = (int) Math.floorMod(day * 7_919, 86_400);
            java.time.LocalDateTime local = LocalDate.ofEpochDay(day).atTime(java.time.LocalTime.ofSecondOfDay(second));
            assertThat(VietnamTime.atLocal(day, second))
                    .as("%s", local)
                    .isEqualTo(local.atZone(VietnamTime.ZONE).toInstant());
        }
    }

    @Test
    void instantsAreFormattedInVietnamsLocalTimeWithTheOffset() {
        assertThat(VietnamTime.format(Instant.parse("2023-01-05T02:00:00Z"))).isEqualTo("2023-01-05T09:00:00+07:00");
    }

    @Test
    void aVendorsTimeInAPatternIsReadAsVietnamTime() {
        assertThat(VietnamTime.parseInstant("05/01/2023 08:30", VietnamTime.pattern("dd/MM/yyyy HH:mm")))
                .isEqualTo(Instant.parse("2023-01-05T01:30:00Z"));
        assertThat(VietnamTime.parseDate("29/02/2024", VietnamTime.pattern("dd/MM/yyyy")))
                .isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void aDayThatDoesNotExistIsRefusedNotMovedToTheMonthsEnd() {
        assertThatThrownBy(() -> VietnamTime.parseDate("31/02/2023", VietnamTime.pattern("dd/MM/yyyy")))
                .isInstanceOf(DateTimeParseException.class)
                .hasMessageContaining("31/02/2023");
        assertThatThrownBy(() -> VietnamTime.parseDate("29/02/2023", VietnamTime.pattern("dd/MM/yyyy")))
                .isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void lettersInQuotesStayLiteral() {
        assertThat(VietnamTime.parseDate(
                        "ngày 05 tháng 01 year 2023", VietnamTime.pattern("'ngày' dd 'tháng' MM 'year' yyyy")))
                .isEqualTo(LocalDate.of(2023, 1, 5));
    }
}
