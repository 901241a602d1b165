package io.github.motcua.rate;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A share of dossiers as an exact fraction, with the definition and figures it was computed from.
 *
 * <pre>{@code
 * Rate rate = RateDefinition.ON_TIME_OVER_RESOLVED.onTime(district, Figures.ADJUSTED);
 * rate.percent(Rounding.DEFAULT);   // Optional[99.75]
 * }</pre>
 *
 * <p>A zero denominator means there is no data: {@link #percent} is empty, never 0 or 100. This
 * class is immutable and thread-safe.
 */
public final class Rate {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final long numerator;
    private final long denominator;
    private final RateDefinition definition;
    private final Figures figures;

    Rate(long numerator, long denominator, RateDefinition definition, Figures figures) {
        this.numerator = numerator;
        this.denominator = denominator;
        this.definition = definition;
        this.figures = figures;
    }

    /**
     * Returns the numerator.
     *
     * @return the dossiers counted in the share
     */
    public long numerator() {
        return numerator;
    }

    /**
     * Returns the denominator.
     *
     * @return the dossiers the share is of
     */
    public long denominator() {
        return denominator;
    }

    /**
     * Returns the definition the rate follows.
     *
     * @return the definition
     */
    public RateDefinition definition() {
        return definition;
    }

    /**
     * Returns the figures the rate was computed from.
     *
     * @return official or adjusted
     */
    public Figures figures() {
        return figures;
    }

    /**
     * Tells whether there is no data: a zero denominator.
     *
     * @return true when the rate cannot be computed
     */
    public boolean isNoData() {
        return denominator == 0;
    }

    /**
     * Returns the rate as a percentage, computed exactly and rounded once.
     *
     * @param rounding the rounding
     * @return the percentage, such as {@code 99.75}, or empty when there is no data
     */
    public Optional<BigDecimal> percent(Rounding rounding) {
        if (isNoData()) {
            return Optional.empty();
        }
        return Optional.of(rounding.divide(BigDecimal.valueOf(numerator).multiply(HUNDRED), denominator));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Rate that
                && numerator == that.numerator
                && denominator == that.denominator
                && definition == that.definition
                && figures == that.figures;
    }

    @Override
    public int hashCode() {
        return Objects.hash(numerator, denominator, definition, figures);
    }

    /**
     * Returns the rate as text, such as {@code 3664/3673 ON_TIME_OVER_RESOLVED ADJUSTED}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return numerator + "/" + denominator + " " + definition + " " + figures;
    }
}
