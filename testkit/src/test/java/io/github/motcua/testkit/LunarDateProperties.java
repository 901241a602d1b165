package io.github.motcua.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.DateRange;
import io.github.motcua.lunar.LunarDate;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of the lunar calendar over its whole range, 1900 to 2199. */
class LunarDateProperties {

    @Example
    void everyDayOf1900To2199SurvivesARoundTripAndFollowsTheDayBefore() {
        DateRange range = LunarDate.supportedRange();
        LunarDate previous = LunarDate.from(range.start());
        for (LocalDate date : (Iterable<LocalDate>) range.stream().skip(1)::iterator) {
            LunarDate lunar = LunarDate.from(date);
            LunarDate rebuilt = LunarDate.of(lunar.year(), lunar.month(), lunar.day(), lunar.isLeapMonth());
            assertThat(rebuilt.toLocalDate()).isEqualTo(date);
            assertThat(lunar).isGreaterThan(previous);
            boolean sameMonth = lunar.day() == previous.day() + 1;
            boolean newMonth = lunar.day() == 1 && previous.day() == previous.lengthOfMonth();
            assertThat(sameMonth || newMonth)
                    .as("%s follows %s", lunar, previous)
                    .isTrue();
            previous = lunar;
        }
    }

    @Property
    void monthsHave29Or30DaysAndYears12Or13Months(@ForAll("years") int year) {
        LunarDate tet = LunarDate.of(year, 1, 1);
        LunarDate nextTet = LunarDate.of(year + 1, 1, 1);
        long days = nextTet.toLocalDate().toEpochDay() - tet.toLocalDate().toEpochDay();
        int months = LunarDate.leapMonthOf(year).isPresent() ? 13 : 12;

        assertThat(days).isBetween(29L * months, 30L * months);
        assertThat(tet.lengthOfMonth()).isIn(29, 30);
    }

    @Provide
    Arbitrary<Integer> years() {
        return Arbitraries.integers().between(1900, 2198);
    }
}
