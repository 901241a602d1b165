package io.github.motcua.rate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a percentage is rounded: a mode and a number of decimals, applied once to the exact value.
 *
 * <p>Published reports round half-up to 2 decimals ({@link #DEFAULT}); some truncate. This class is
 * immutable and thread-safe.
 */
public final class Rounding {
    /** The most decimals a rounding keeps. */
    public static final int MAX_DECIMALS = 10;

    /** Half-up to 2 decimals, as the founding report. */
    public static final Rounding DEFAULT = of(Mode.HALF_UP, 2);

    /** How the last kept digit is chosen. */
    public enum Mode {
        /** Half away from zero (làm tròn thông thường): 99.745 → 99.75. */
        HALF_UP(RoundingMode.HALF_UP),
        /** Half to the even neighbour: 99.745 → 99.74. */
        HALF_EVEN(RoundingMode.HALF_EVEN),
        /** Digits beyond the decimals dropped: 99.759 → 99.75. */
        TRUNCATE(RoundingMode.DOWN),
        /** Up to the next value: 99.751 → 99.76. */
        CEILING(RoundingMode.CEILING);

        private final RoundingMode roundingMode;

        Mode(RoundingMode roundingMode) {
            this.roundingMode = roundingMode;
        }
    }

    private final Mode mode;
    private final int decimals;

    private Rounding(Mode mode, int decimals) {
        this.mode = mode;
        this.decimals = decimals;
    }

    /**
     * Obtains a rounding.
     *
     * @param mode the mode
     * @param decimals the number of decimals kept, from 0 to {@link #MAX_DECIMALS}
     * @return the rounding
     * @throws IllegalArgumentException if the decimals are out of range
     */
    public static Rounding of(Mode mode, int decimals) {
        Objects.requireNonNull(mode, "mode");
        if (decimals < 0 || decimals > MAX_DECIMALS) {
            throw new IllegalArgumentException("decimals must be between 0 and " + MAX_DECIMALS + ": " + decimals);
        }
        return new Rounding(mode, decimals);
    }

    /**
     * Returns the mode.
     *
     * @return the mode
     */
    public Mode mode() {
        return mode;
    }

    /**
     * Returns the number of decimals kept.
     *
     * @return the decimals
     */
    public int decimals() {
        return decimals;
    }

    /**
     * Divides exactly and rounds once.
     *
     * @param numerator the numerator
     * @param denominator the denominator, not zero
     * @return the quotient with {@link #decimals()} decimals
     * @throws ArithmeticException if the denominator is zero
     */
    public BigDecimal divide(BigDecimal numerator, long denominator) {
        return divide(numerator, BigDecimal.valueOf(denominator));
    }

    /**
     * Divides exactly and rounds once.
     *
     * @param numerator the numerator
     * @param denominator the denominator, not zero
     * @return the quotient with {@link #decimals()} decimals
     * @throws ArithmeticException if the denominator is zero
     */
    public BigDecimal divide(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, decimals, mode.roundingMode);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Rounding that && mode == that.mode && decimals == that.decimals;
    }

    @Override
    public int hashCode() {
        return Objects.hash(mode, decimals);
    }

    /**
     * Returns the rounding as text, such as {@code HALF_UP to 2 decimals}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return mode + " to " + decimals + " decimals";
    }
}
