package io.github.motcua.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RateDefinitionTest {

    private static BigDecimal percent(long numerator, long denominator, Rounding rounding) {
        return new Rate(numerator, denominator, RateDefinition.ON_TIME_OVER_RESOLVED, Figures.OFFICIAL)
                .percent(rounding)
                .orElseThrow();
    }

    @Test
    void thePublishedRatesComeOutOfHalfUpToTwoDecimals() {
        assertThat(percent(3638, 3673, Rounding.DEFAULT)).isEqualByComparingTo("99.05");
        assertThat(percent(3664, 3673, Rounding.DEFAULT)).isEqualByComparingTo("99.75");
        assertThat(percent(9554, 9577, Rounding.DEFAULT)).isEqualByComparingTo("99.76");
    }

    @Test
    void everyRoundingModeIsAppliedOnceToTheExactValue() {
        // 1995/2000 = 99.75 exactly; 19949/20000 = 99.745; 39999/40000 = 99.9975
        assertThat(percent(19949, 20000, Rounding.of(Rounding.Mode.HALF_UP, 2))).isEqualByComparingTo("99.75");
        assertThat(percent(19949, 20000, Rounding.of(Rounding.Mode.HALF_EVEN, 2)))
                .isEqualByComparingTo("99.74");
        assertThat(percent(39999, 40000, Rounding.of(Rounding.Mode.TRUNCATE, 2)))
                .isEqualByComparingTo("99.99");
        assertThat(percent(39999, 40000, Rounding.of(Rounding.Mode.HALF_UP, 2))).isEqualByComparingTo("100.00");
        assertThat(percent(1, 3, Rounding.of(Rounding.Mode.CEILING, 1))).isEqualByComparingTo("33.4");
        assertThat(percent(2, 3, Rounding.of(Rounding.Mode.TRUNCATE, 0))).isEqualByComparingTo("66");
        assertThat(percent(1995, 2000, Rounding.DEFAULT)).hasToString("99.75");
    }

    @Test
    void aZeroDenominatorIsNoDataNeverZeroOrAHundred() {
        Rate empty = new Rate(0, 0, RateDefinition.ON_TIME_OVER_RECEIVED, Figures.ADJUSTED);

        assertThat(empty.isNoData()).isTrue();
        assertThat(empty.percent(Rounding.DEFAULT)).isEmpty();
        assertThat(empty).hasToString("0/0 ON_TIME_OVER_RECEIVED ADJUSTED");
    }

    @Test
    void aRateKnowsItsDefinitionAndFiguresAndIsAValue() {
        Rate rate = new Rate(3664, 3673, RateDefinition.ON_TIME_OVER_RESOLVED, Figures.ADJUSTED);

        assertThat(rate.definition()).isEqualTo(RateDefinition.ON_TIME_OVER_RESOLVED);
        assertThat(rate.figures()).isEqualTo(Figures.ADJUSTED);
        assertThat(rate).isEqualTo(new Rate(3664, 3673, RateDefinition.ON_TIME_OVER_RESOLVED, Figures.ADJUSTED));
        assertThat(rate)
                .hasSameHashCodeAs(new Rate(3664, 3673, RateDefinition.ON_TIME_OVER_RESOLVED, Figures.ADJUSTED));
        assertThat(rate).isNotEqualTo(new Rate(3664, 3673, RateDefinition.ON_TIME_OVER_RESOLVED, Figures.OFFICIAL));
        assertThat(Rounding.of(Rounding.Mode.TRUNCATE, 1)).isEqualTo(Rounding.of(Rounding.Mode.TRUNCATE, 1));
    }

    @Test
    void decimalsOutOfRangeAreRefused() {
        assertThatThrownBy(() -> Rounding.of(Rounding.Mode.HALF_UP, 11))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("decimals must be between 0 and 10: 11");
        assertThat(Rounding.DEFAULT).hasToString("HALF_UP to 2 decimals");
    }
}
