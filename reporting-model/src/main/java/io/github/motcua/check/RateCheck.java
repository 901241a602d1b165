package io.github.motcua.check;

import java.util.List;
import java.util.Objects;

/**
 * A stated percentage and every way of computing it from the report's own counts.
 *
 * @param stated the percentage as stated, in plain decimal form such as {@code 99.75}
 * @param reproducedBy the ways that give exactly the stated value; empty when none does
 * @param notComputable the definitions and figures that could not be tried, for want of a count
 *     the report does not state
 */
public record RateCheck(String stated, List<RateMatch> reproducedBy, List<NotComputable> notComputable) {
    /**
     * Checks that every component is present and keeps copies of the lists.
     *
     * @param stated the percentage as stated, in plain decimal form such as {@code 99.75}
     * @param reproducedBy the ways that give exactly the stated value; empty when none does
     * @param notComputable the definitions and figures that could not be tried, for want of a count
     *     the report does not state
     * @throws NullPointerException if a component is null
     */
    public RateCheck {
        Objects.requireNonNull(stated, "stated");
        reproducedBy = List.copyOf(reproducedBy);
        notComputable = List.copyOf(notComputable);
    }
}
