package io.github.motcua.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.period.PeriodKind;
import io.github.motcua.period.ReportingPeriod;
import io.github.motcua.period.WindowPolicy;
import java.util.EnumSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The windows of the periods of a year tile the year's window, without gap or overlap. */
class ReportingPeriodProperties {

    @Property
    void monthsQuartersAndHalvesTileTheYear(
            @ForAll @IntRange(min = 1901, max = 2199) int year, @ForAll WindowPolicy window) {
        ReportingPeriod whole = ReportingPeriod.year(year).withWindow(window);
        for (PeriodKind kind : EnumSet.of(PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.HALF_YEAR)) {
            ReportingPeriod first = ReportingPeriod.of(kind, year, 1).withWindow(window);
            assertThat(first.start()).isEqualTo(whole.start());
            for (int number = 2; number <= kind.perYear(); number++) {
                ReportingPeriod previous =
                        ReportingPeriod.of(kind, year, number - 1).withWindow(window);
                ReportingPeriod next = ReportingPeriod.of(kind, year, number).withWindow(window);
                assertThat(next.start()).isEqualTo(previous.end().plusDays(1));
            }
            assertThat(ReportingPeriod.of(kind, year, kind.perYear())
                            .withWindow(window)
                            .end())
                    .isEqualTo(whole.end());
        }
    }

    @Property
    void consecutiveYearsTileTimeAndNineMonthsStartsTheYear(
            @ForAll @IntRange(min = 1901, max = 2198) int year, @ForAll WindowPolicy window) {
        ReportingPeriod nineMonths =
                ReportingPeriod.of(PeriodKind.NINE_MONTHS, year, 1).withWindow(window);
        ReportingPeriod thirdQuarter =
                ReportingPeriod.of(PeriodKind.QUARTER, year, 3).withWindow(window);

        assertThat(ReportingPeriod.year(year + 1).withWindow(window).start())
                .isEqualTo(ReportingPeriod.year(year).withWindow(window).end().plusDays(1));
        assertThat(nineMonths.start())
                .isEqualTo(ReportingPeriod.year(year).withWindow(window).start());
        assertThat(nineMonths.end()).isEqualTo(thirdQuarter.end());
    }
}
