package io.github.motcua.check;

import io.github.motcua.rate.RateDefinition;

/**
 * A way of computing a rate that reproduces a stated percentage exactly.
 *
 * @param definition the rate definition
 * @param figures {@code official} or {@code adjusted}
 * @param rounding {@code half-up}, {@code half-even}, {@code truncate} or {@code ceiling}
 * @param decimals the decimals kept, as many as the stated value shows
 */
public record RateMatch(RateDefinition definition, String figures, String rounding, int decimals) {}
