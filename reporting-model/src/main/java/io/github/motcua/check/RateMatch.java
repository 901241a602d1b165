package io.github.motcua.check;

import io.github.motcua.rate.RateDefinition;
import java.util.Objects;

/**
 * A way of computing a rate that reproduces a stated percentage exactly.
 *
 * @param definition the rate definition
 * @param figures {@code official} or {@code adjusted}
 * @param rounding {@code half-up}, {@code half-even}, {@code truncate} or {@code ceiling}
 * @param decimals the decimals kept, as many as the stated value shows
 * @param base {@code published} when the rate used the totals as published, {@code sum} when it
 *     used the sums of their parts, which the checker tries too when a published total disagrees
 *     with its parts
 */
public record RateMatch(RateDefinition definition, String figures, String rounding, int decimals, String base) {
    /**
     * Checks that every component is present.
     *
     * @param definition the rate definition
     * @param figures {@code official} or {@code adjusted}
     * @param rounding {@code half-up}, {@code half-even}, {@code truncate} or {@code ceiling}
     * @param decimals the decimals kept, as many as the stated value shows
     * @param base {@code published} when the rate used the totals as published, {@code sum} when it
     *     used the sums of their parts, which the checker tries too when a published total disagrees
     *     with its parts
     * @throws NullPointerException if a component is null
     */
    public RateMatch {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(rounding, "rounding");
        Objects.requireNonNull(base, "base");
    }
}
