package io.github.motcua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BandsTest {
    private static final Band EXCELLENT = new Band("EXCELLENT", "Xuất sắc", "Excellent");
    private static final Band GOOD = new Band("GOOD", "Tốt", "Good");
    private static final Band WEAK = new Band("WEAK", "Yếu", "Weak");

    private static Bands bands(String excellent, String good) {
        return Bands.builder().atLeast(excellent, EXCELLENT).atLeast(good, GOOD).otherwise(WEAK);
    }

    @Test
    void aTotalOnALowerBoundIsInItsBandUnlessTheBandsAreStrict() {
        Bands bands = bands("15", "12");

        assertThat(bands.classify(new BigDecimal("15.0"))).isEqualTo(EXCELLENT);
        assertThat(bands.classify(new BigDecimal("14.99"))).isEqualTo(GOOD);
        assertThat(bands.classify(new BigDecimal("12"))).isEqualTo(GOOD);
        assertThat(bands.classify(new BigDecimal("11.99"))).isEqualTo(WEAK);
        assertThat(bands.isStrict()).isFalse();
        assertThat(bands.strict().isStrict()).isTrue();
        assertThat(bands.strict().classify(new BigDecimal("15"))).isEqualTo(GOOD);
        assertThat(bands.strict().classify(new BigDecimal("12"))).isEqualTo(WEAK);
    }

    @Test
    void eachBandHasItsLowerBoundAndTheLastHasNone() {
        Bands bands = bands("15", "12");

        assertThat(bands.lowerBound(EXCELLENT)).contains(new BigDecimal("15"));
        assertThat(bands.lowerBound(GOOD)).contains(new BigDecimal("12"));
        assertThat(bands.lowerBound(WEAK)).isEmpty();
        assertThatThrownBy(() -> bands.lowerBound(new Band("FAIR", "Khá", "Fair")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not one of these bands: FAIR");
        assertThat(bands.bands()).containsExactly(EXCELLENT, GOOD, WEAK);
    }

    @Test
    void boundsAreComparedAsNumbersInEquality() {
        assertThat(bands("15", "12")).isEqualTo(bands("15.0", "12.00")).hasSameHashCodeAs(bands("15.0", "12.00"));
        assertThat(bands("15", "12")).isNotEqualTo(bands("15", "11"));
        assertThat(bands("15", "12")).isNotEqualTo(bands("16", "12"));
        assertThat(bands("15", "12")).isNotEqualTo(bands("15", "12").strict());
        assertThat(bands("15", "12"))
                .isNotEqualTo(Bands.builder().atLeast("15", EXCELLENT).otherwise(WEAK))
                .isNotEqualTo(Bands.builder()
                        .atLeast("15", EXCELLENT)
                        .atLeast("12", WEAK)
                        .otherwise(GOOD))
                .isNotEqualTo("EXCELLENT ≥ 15, GOOD ≥ 12, WEAK");
    }

    @Test
    void theTextListsEachBandWithItsBound() {
        assertThat(bands("15", "12")).hasToString("EXCELLENT ≥ 15, GOOD ≥ 12, WEAK");
        assertThat(bands("15", "12").strict()).hasToString("EXCELLENT > 15, GOOD > 12, WEAK");
    }

    @Test
    void boundsMustFallAndBandsMustNotRepeat() {
        assertThatThrownBy(() -> Bands.builder().atLeast("12", EXCELLENT).atLeast("12", GOOD))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("band GOOD: lower bound 12 must be below the previous band's 12");
        assertThatThrownBy(() -> Bands.builder().atLeast("12", EXCELLENT).atLeast("13", GOOD))
                .hasMessageContaining("must be below");
        assertThat(Bands.builder()
                        .atLeast("12", EXCELLENT)
                        .atLeast("11.9", GOOD)
                        .otherwise(WEAK))
                .isNotNull();
        assertThatThrownBy(() -> Bands.builder().atLeast("12", EXCELLENT).otherwise(EXCELLENT))
                .hasMessage("band EXCELLENT is listed twice");
        assertThatThrownBy(() -> Bands.builder().atLeast("12,5", EXCELLENT))
                .hasMessageContaining("is not a plain decimal");
    }
}
