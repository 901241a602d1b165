package io.github.motcua.check;

import io.github.motcua.rate.RateDefinition;

/**
 * A rate definition that could not be tried on a report, because a count it needs is not stated.
 *
 * @param definition the rate definition
 * @param figures {@code official} or {@code adjusted}
 * @param missing the column of the first count found missing, such as {@code on_time}
 */
public record NotComputable(RateDefinition definition, String figures, String missing) {}
