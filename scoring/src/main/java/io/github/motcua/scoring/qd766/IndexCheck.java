package io.github.motcua.scoring.qd766;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The consistency of a published index: the total its groups give through the index's aggregation,
 * its difference from the stated total, and the groups that exceed their maximum or are unknown.
 *
 * @param id what the figures are
 * @param computedTotal the groups' points added up
 * @param statedTotal the published total
 * @param difference the stated total less the computed one
 * @param problems groups above their maximum or not in the table
 */
public record IndexCheck(
        String id, BigDecimal computedTotal, BigDecimal statedTotal, BigDecimal difference, List<String> problems) {
    /**
     * Copies the problems.
     *
     * @param id what the figures are
     * @param computedTotal the groups' points added up
     * @param statedTotal the published total
     * @param difference the stated total less the computed one
     * @param problems groups above their maximum or not in the table
     */
    public IndexCheck {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(computedTotal, "computedTotal");
        Objects.requireNonNull(statedTotal, "statedTotal");
        Objects.requireNonNull(difference, "difference");
        problems = List.copyOf(problems);
    }

    /**
     * Tells whether the published figures agree with themselves.
     *
     * @return true when the total is the groups' sum and no group is out of bounds
     */
    public boolean consistent() {
        return difference.signum() == 0 && problems.isEmpty();
    }
}
