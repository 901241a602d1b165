package io.github.motcua.ranking;

import io.github.motcua.scoring.Scorecard;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Objects;

/**
 * A named rule that orders scorecards with equal totals, better first.
 *
 * @param name what the rule compares, shown with the ranking
 * @param order the order, better first; equal scorecards stay tied
 */
public record TieBreaker(String name, Comparator<Scorecard> order) {
    /**
     * Checks the components.
     *
     * @param name what the rule compares, shown with the ranking
     * @param order the order, better first; equal scorecards stay tied
     */
    public TieBreaker {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(order, "order");
    }

    /**
     * Returns the tie-breaker that puts more points on one criterion first; a criterion without
     * data counts below any points.
     *
     * @param criterionId the criterion's identifier
     * @return the tie-breaker
     */
    public static TieBreaker criterion(String criterionId) {
        Objects.requireNonNull(criterionId, "criterionId");
        Comparator<Scorecard> points = Comparator.comparing(
                card -> card.points(criterionId).orElse(BigDecimal.ONE.negate()), Comparator.reverseOrder());
        return new TieBreaker("points of " + criterionId, points);
    }
}
