package io.github.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VietnamTimeTest {

    @Test
    void anEveningInstantInUtcIsTheNextDayInVietnam() {
        assertThat(VietnamTime.dateOf(Instant.parse("2023-01-04T17:00:00Z"))).isEqualTo(LocalDate.of(2023, 1, 5));
        assertThat(VietnamTime.dateOf(Instant.parse("2023-01-04T16:59:59Z"))).isEqualTo(LocalDate.of(2023, 1, 4));
    }

    @Test
    void instantsAreFormattedInVietnamsLocalTimeWithTheOffset() {
        assertThat(VietnamTime.format(Instant.parse("2023-01-05T02:00:00Z"))).isEqualTo("2023-01-05T09:00:00+07:00");
    }
}
