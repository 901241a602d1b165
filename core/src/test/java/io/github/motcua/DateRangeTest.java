package io.github.motcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class DateRangeTest {
    private static final DateRange DECEMBER = DateRange.parse("2022-12-01/2022-12-31");

    @Test
    void aSingleDayRangeHoldsOneDayAndOnlyThatDay() {
        LocalDate day = LocalDate.of(2022, 12, 26);
        DateRange single = DateRange.ofClosed(day, day);

        assertThat(single.lengthInDays()).isEqualTo(1);
        assertThat(single.stream()).containsExactly(day);
        assertThat(single.contains(day)).isTrue();
        assertThat(single.contains(day.minusDays(1))).isFalse();
        assertThat(single.contains(day.plusDays(1))).isFalse();
        assertThat(single).hasToString("2022-12-26/2022-12-26");
    }

    @Test
    void anEndBeforeTheStartIsRefusedNamingBothDates() {
        assertThatThrownBy(() -> DateRange.ofClosed(LocalDate.of(2023, 12, 31), LocalDate.of(2023, 1, 1)))
                .isInstanceOf(DateTimeException.class)
                .hasMessage("date range end 2023-01-01 is before its start 2023-12-31; a closed range holds at least"
                        + " one day");
        assertThatThrownBy(() -> DateRange.parse("2023-12-31/2023-01-01"))
                .isInstanceOf(DateTimeException.class)
                .hasMessageContaining("2023-01-01")
                .hasMessageContaining("2023-12-31");
    }

    @Test
    void containsHoldsBothEndsAndNothingBeyond() {
        assertThat(DECEMBER.contains(LocalDate.of(2022, 12, 1))).isTrue();
        assertThat(DECEMBER.contains(LocalDate.of(2022, 12, 31))).isTrue();
        assertThat(DECEMBER.contains(LocalDate.of(2022, 11, 30))).isFalse();
        assertThat(DECEMBER.contains(LocalDate.of(2023, 1, 1))).isFalse();
        assertThat(DECEMBER.lengthInDays()).isEqualTo(31);
        assertThat(DECEMBER.stream()).hasSize(31).startsWith(DECEMBER.start()).endsWith(DECEMBER.endInclusive());
    }

    @Test
    void rangesThatShareOneDayOverlapAndDoNotAbut() {
        DateRange january = DateRange.parse("2022-12-31/2023-01-31");

        assertThat(DECEMBER.overlaps(january)).isTrue();
        assertThat(january.overlaps(DECEMBER)).isTrue();
        assertThat(DECEMBER.abuts(january)).isFalse();
        assertThat(DECEMBER.intersection(january)).contains(DateRange.parse("2022-12-31/2022-12-31"));
    }

    @Test
    void rangesThatMeetAtMidnightAbutAndDoNotOverlap() {
        DateRange january = DateRange.parse("2023-01-01/2023-01-31");

        assertThat(DECEMBER.abuts(january)).isTrue();
        assertThat(january.abuts(DECEMBER)).isTrue();
        assertThat(DECEMBER.overlaps(january)).isFalse();
        assertThat(DECEMBER.intersection(january)).isEmpty();
    }

    @Test
    void rangesWithADayBetweenNeitherAbutNorOverlap() {
        DateRange fromTheSecond = DateRange.parse("2023-01-02/2023-01-31");

        assertThat(DECEMBER.abuts(fromTheSecond)).isFalse();
        assertThat(DECEMBER.overlaps(fromTheSecond)).isFalse();
    }

    @Test
    void aRangeEnclosesItselfAndTheRangesInsideIt() {
        DateRange christmas = DateRange.parse("2022-12-24/2022-12-26");

        assertThat(DECEMBER.encloses(DECEMBER)).isTrue();
        assertThat(DECEMBER.encloses(christmas)).isTrue();
        assertThat(christmas.encloses(DECEMBER)).isFalse();
        assertThat(DECEMBER.encloses(DateRange.parse("2022-12-31/2023-01-01"))).isFalse();
        assertThat(DECEMBER.intersection(christmas)).contains(christmas);
    }

    @Test
    void theEndsOfTheDateLineAreHandled() {
        DateRange everything = DateRange.ofClosed(LocalDate.MIN, LocalDate.MAX);

        assertThat(everything.contains(LocalDate.MAX)).isTrue();
        assertThat(everything.abuts(DECEMBER)).isFalse();
        assertThat(DateRange.ofClosed(LocalDate.MAX, LocalDate.MAX).abuts(DECEMBER))
                .isFalse();
        assertThat(everything.lengthInDays()).isEqualTo(LocalDate.MAX.toEpochDay() - LocalDate.MIN.toEpochDay() + 1);
    }

    @Test
    void theTextFormIsReadBackAndEqualRangesAreEqual() {
        assertThat(DECEMBER).hasToString("2022-12-01/2022-12-31");
        assertThat(DateRange.parse(DECEMBER.toString())).isEqualTo(DECEMBER).hasSameHashCodeAs(DECEMBER);
        assertThat(DECEMBER).isNotEqualTo(DateRange.parse("2022-12-01/2022-12-30"));
        assertThat(DECEMBER).isNotEqualTo(DateRange.parse("2022-12-02/2022-12-31"));
    }

    @Test
    void textWithoutASlashOrWithoutIsoDatesIsRefused() {
        assertThatThrownBy(() -> DateRange.parse("2023-01-01"))
                .isInstanceOf(DateTimeParseException.class)
                .hasMessage("date range '2023-01-01' is not START/END, such as 2023-01-01/2023-12-31");
        assertThatThrownBy(() -> DateRange.parse("2023-01-01/31.12.2023")).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void aSerialisedRangeComesBackEqual() throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(DECEMBER);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(DECEMBER);
        }
    }
}
