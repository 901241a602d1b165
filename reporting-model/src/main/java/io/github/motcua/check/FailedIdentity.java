package io.github.motcua.check;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An identity of the report that the published figures break.
 *
 * @param name the identity in words, such as {@code resolved = early + on_time + late}
 * @param expected the value the right-hand side gives
 * @param actual the value the report states for the left-hand side
 * @param difference {@code actual - expected}
 */
public record FailedIdentity(String name, BigDecimal expected, BigDecimal actual, BigDecimal difference) {
    /**
     * Checks that every component is present.
     *
     * @param name the identity in words, such as {@code resolved = early + on_time + late}
     * @param expected the value the right-hand side gives
     * @param actual the value the report states for the left-hand side
     * @param difference {@code actual - expected}
     * @throws NullPointerException if a component is null
     */
    public FailedIdentity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(difference, "difference");
    }
}
