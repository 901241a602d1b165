package io.github.motcua.excusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.InvalidValueException;
import io.github.motcua.MissingValueException;
import io.github.motcua.calendar.VietnamCalendars;
import io.github.motcua.calendar.WorkingCalendar;
import io.github.motcua.period.ReportingPeriod;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The founding report's outage: the provincial system was down from 25 to 27 December 2022. */
class ExcusalIntervalTest {
    private static final WorkingCalendar CALENDAR = VietnamCalendars.official();
    private static final ExcusalInterval OUTAGE = ExcusalInterval.builder()
            .start(LocalDate.of(2022, 12, 25))
            .end(LocalDate.of(2022, 12, 27))
            .reason("Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Sơn La không thể truy cập được")
            .source("Công văn số 1773/STTT-CNTTVT ngày 25/12/2022 của Sở Thông tin và Truyền thông tỉnh Sơn La")
            .build();

    private static boolean excused(ExcusalInterval interval, String unit, String due, String end) {
        return ExcusalRule.DUE_IN_INTERVAL.excuses(
                interval, unit, LocalDate.parse(due), LocalDate.parse(end), CALENDAR);
    }

    @Test
    void theOutageLiesInsideTheOfficial2023Window() {
        ReportingPeriod year2023 = ReportingPeriod.parse("2023");

        assertThat(OUTAGE.dates()).hasToString("2022-12-25/2022-12-27");
        assertThat(year2023.dates().encloses(OUTAGE.dates())).isTrue();
        assertThat(year2023.dates().contains(LocalDate.of(2022, 12, 28))).isTrue();
    }

    @Test
    void aDossierDueDuringTheOutageAndReturnedTheNextWorkingDayIsExcused() {
        assertThat(excused(OUTAGE, "U1", "2022-12-26", "2022-12-28")).isTrue();
    }

    @Test
    void aDossierReturnedLaterThanTheNextWorkingDayIsNotExcused() {
        assertThat(excused(OUTAGE, "U1", "2022-12-26", "2022-12-29")).isFalse();
    }

    @Test
    void aDossierDueOutsideTheOutageIsNotExcused() {
        assertThat(excused(OUTAGE, "U1", "2022-12-23", "2022-12-28")).isFalse();
        assertThat(excused(OUTAGE, "U1", "2022-12-28", "2022-12-28")).isFalse();
    }

    @Test
    void anIntervalScopedToUnitsExcusesOnlyThem() {
        ExcusalInterval scoped =
                ExcusalInterval.builder().from(OUTAGE).addUnitCodes("U1").build();

        assertThat(excused(scoped, "U1", "2022-12-26", "2022-12-28")).isTrue();
        assertThat(excused(scoped, "U2", "2022-12-26", "2022-12-28")).isFalse();
        assertThat(OUTAGE.appliesTo("U2")).isTrue();
    }

    @Test
    void anIntervalThatEndsBeforeItStartsIsRejected() {
        assertThatThrownBy(() -> ExcusalInterval.builder()
                        .from(OUTAGE)
                        .end(LocalDate.of(2022, 12, 24))
                        .build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("ExcusalInterval '2022-12-25..2022-12-24': end = 2022-12-24 breaks the rule:"
                        + " must not be before the start (2022-12-25)");
    }

    @Test
    void anIntervalBuiltWithoutItsReasonAndSourceNamesThem() {
        assertThatThrownBy(() -> ExcusalInterval.builder()
                        .start(LocalDate.of(2022, 12, 25))
                        .end(LocalDate.of(2022, 12, 27))
                        .build())
                .isInstanceOfSatisfying(
                        MissingValueException.class,
                        missing -> assertThat(missing.missing()).containsExactly("reason", "source"))
                .hasMessage("value: required field(s) missing: reason, source");
    }
}
