package io.github.motcua.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.DateRange;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of closed date ranges, over ranges within one quarter so that they often meet. */
class DateRangeProperties {
    private static final DateRange QUARTER = DateRange.parse("2023-01-01/2023-03-31");

    @Provide
    Arbitrary<DateRange> ranges() {
        return MotcuaArbitraries.dateRangesIn(QUARTER);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return MotcuaArbitraries.datesIn(DateRange.parse("2022-12-15/2023-04-15"));
    }

    @Property
    void containsAgreesWithStartNotAfterTheDayNotAfterTheEnd(
            @ForAll("ranges") DateRange range, @ForAll("dates") LocalDate date) {
        assertThat(range.contains(date)).isEqualTo(!range.start().isAfter(date) && !date.isAfter(range.endInclusive()));
    }

    @Property
    void overlapsAndAbutsAreSymmetricAndExclusive(@ForAll("ranges") DateRange one, @ForAll("ranges") DateRange other) {
        assertThat(one.overlaps(other)).isEqualTo(other.overlaps(one));
        assertThat(one.abuts(other)).isEqualTo(other.abuts(one));
        assertThat(one.overlaps(other) && one.abuts(other)).isFalse();
    }

    @Property
    void overlappingRangesShareADayAndOthersNone(@ForAll("ranges") DateRange one, @ForAll("ranges") DateRange other) {
        assertThat(one.overlaps(other))
                .isEqualTo(one.stream().anyMatch(other::contains))
                .isEqualTo(one.intersection(other).isPresent());
    }

    @Property
    void theIntersectionIsEnclosedByBothAndHoldsEverySharedDay(
            @ForAll("ranges") DateRange one, @ForAll("ranges") DateRange other) {
        one.intersection(other).ifPresent(shared -> {
            assertThat(one.encloses(shared)).isTrue();
            assertThat(other.encloses(shared)).isTrue();
            assertThat(shared.stream())
                    .containsExactlyElementsOf(
                            one.stream().filter(other::contains).toList());
        });
    }

    @Property
    void aRangeEnclosesExactlyTheRangesWhoseEndsItContains(
            @ForAll("ranges") DateRange one, @ForAll("ranges") DateRange other) {
        assertThat(one.encloses(other)).isEqualTo(one.contains(other.start()) && one.contains(other.endInclusive()));
    }

    @Property
    void theLengthCountsTheDaysStreamedAndTheTextFormIsReadBack(@ForAll("ranges") DateRange range) {
        assertThat(range.stream().count()).isEqualTo(range.lengthInDays());
        assertThat(DateRange.parse(range.toString())).isEqualTo(range);
    }

    @Property
    void generatedRangesLieInTheirBounds(@ForAll("ranges") DateRange range) {
        assertThat(QUARTER.encloses(range)).isTrue();
    }
}
