package io.github.motcua.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.DateRange;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportingPeriodTest {

    @ParameterizedTest(name = "{0}: official {1} to {2}, calendar {3} to {4}")
    @CsvSource({
        "2023,    2022-12-15, 2023-12-14, 2023-01-01, 2023-12-31",
        "2023-H1, 2022-12-15, 2023-06-14, 2023-01-01, 2023-06-30",
        "2023-H2, 2023-06-15, 2023-12-14, 2023-07-01, 2023-12-31",
        "2023-9M, 2022-12-15, 2023-09-14, 2023-01-01, 2023-09-30",
        "2023-Q1, 2022-12-15, 2023-03-14, 2023-01-01, 2023-03-31",
        "2023-Q4, 2023-09-15, 2023-12-14, 2023-10-01, 2023-12-31",
        "2023-01, 2022-12-15, 2023-01-14, 2023-01-01, 2023-01-31",
        "2024-02, 2024-01-15, 2024-02-14, 2024-02-01, 2024-02-29",
    })
    void windowsRunFromThe15thToThe14thOrOverCalendarMonths(
            String text,
            LocalDate officialStart,
            LocalDate officialEnd,
            LocalDate calendarStart,
            LocalDate calendarEnd) {
        ReportingPeriod period = ReportingPeriod.parse(text);

        assertThat(period.window()).isEqualTo(WindowPolicy.OFFICIAL);
        assertThat(period.start()).isEqualTo(officialStart);
        assertThat(period.end()).isEqualTo(officialEnd);
        assertThat(period.withWindow(WindowPolicy.CALENDAR).start()).isEqualTo(calendarStart);
        assertThat(period.withWindow(WindowPolicy.CALENDAR).end()).isEqualTo(calendarEnd);
        assertThat(period).hasToString(text);
        assertThat(ReportingPeriod.parse(period.toString())).isEqualTo(period);
    }

    @Test
    void theWindowIsTheClosedRangeOfItsFirstAndLastDays() {
        ReportingPeriod year = ReportingPeriod.year(2023);

        assertThat(year.dates()).isEqualTo(DateRange.parse("2022-12-15/2023-12-14"));
        assertThat(year.dates().start()).isEqualTo(year.start());
        assertThat(year.dates().endInclusive()).isEqualTo(year.end());
        assertThat(year.dates().contains(LocalDate.of(2022, 12, 14))).isFalse();
        assertThat(year.dates().contains(LocalDate.of(2022, 12, 15))).isTrue();
        assertThat(year.dates().contains(LocalDate.of(2023, 12, 14))).isTrue();
        assertThat(year.dates().contains(LocalDate.of(2023, 12, 15))).isFalse();
    }

    @Test
    void malformedTextAndNumbersOutOfRangeAreRejected() {
        assertThatThrownBy(() -> ReportingPeriod.parse("2023-Q5"))
                .isInstanceOf(DateTimeException.class)
                .hasMessage("reporting period '2023-Q5' has none of the forms 2023, 2023-H1, 2023-9M, 2023-Q1, 2023-05,"
                        + " năm 2023, Quý I/2023, 6 tháng đầu năm 2023, 9 tháng đầu năm 2023, tháng 5/2023");
        assertThatThrownBy(() -> ReportingPeriod.parse("2023-13"))
                .isInstanceOf(DateTimeException.class)
                .hasMessage("a MONTH period is numbered 1 to 12, not 13");
        assertThatThrownBy(() -> ReportingPeriod.of(PeriodKind.QUARTER, 2023, 0))
                .hasMessage("a QUARTER period is numbered 1 to 4, not 0");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "năm 2024|2024",
                "Năm  2024|2024",
                "Quý I/2024|2024-Q1",
                "quý iv / 2024|2024-Q4",
                "Quý 2 năm 2024|2024-Q2",
                "6 tháng đầu năm 2024|2024-H1",
                "6 THÁNG CUỐI NĂM 2024|2024-H2",
                "9 tháng đầu năm 2024|2024-9M",
                "9 tháng năm 2024|2024-9M",
                "tháng 5/2024|2024-05",
                "Tháng 05 năm 2024|2024-05"
            })
    void vietnameseFormsOfReportTitlesAreRead(String vietnamese, String form) {
        assertThat(ReportingPeriod.parse(vietnamese)).isEqualTo(ReportingPeriod.parse(form));
    }

    @Test
    void aVietnameseFormTypedWithCombiningMarksIsReadToo() {
        assertThat(ReportingPeriod.parse("6 tha\u0301ng \u0111\u00e2\u0300u n\u0103m 2024"))
                .isEqualTo(ReportingPeriod.parse("2024-H1"));
    }

    @Test
    void aVietnameseFormOutOfRangeOrUnknownIsRefusedNamingTheForms() {
        assertThatThrownBy(() -> ReportingPeriod.parse("Quý V/2024"))
                .isInstanceOf(DateTimeException.class)
                .hasMessageContaining("Quý I/2023");
        assertThatThrownBy(() -> ReportingPeriod.parse("tháng 13/2024"))
                .isInstanceOf(DateTimeException.class)
                .hasMessage("a MONTH period is numbered 1 to 12, not 13");
    }
}
