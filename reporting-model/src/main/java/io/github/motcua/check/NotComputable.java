package io.github.motcua.check;

import io.github.motcua.rate.RateDefinition;
import java.util.Objects;

/**
 * A rate definition that could not be tried on a report, because a count it needs is not stated.
 *
 * @param definition the rate definition
 * @param figures {@code official} or {@code adjusted}
 * @param missing the column of the first count found missing, such as {@code on_time}
 */
public record NotComputable(RateDefinition definition, String figures, String missing) {
    /**
     * Checks that every component is present.
     *
     * @param definition the rate definition
     * @param figures {@code official} or {@code adjusted}
     * @param missing the column of the first count found missing, such as {@code on_time}
     * @throws NullPointerException if a component is null
     */
    public NotComputable {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(missing, "missing");
    }
}
