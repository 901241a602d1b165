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
     * data counts below any points. Tie-breakers of the same criterion are equal.
     *
     * @param criterionId the criterion's identifier
     * @return the tie-breaker
     */
    public static TieBreaker criterion(String criterionId) {
        Objects.requireNonNull(criterionId, "criterionId");
        return new TieBreaker("points of " + criterionId, new MorePointsFirst(criterionId));
    }

    /** More points on one criterion first; a value, so that equal criteria give equal tie-breakers. */
    private record MorePointsFirst(String criterionId) implements Comparator<Scorecard> {
        @Override
        public int compare(Scorecard first, Scorecard second) {
            return points(second).compareTo(points(first));
        }

        private BigDecimal points(Scorecard card) {
            return card.points(criterionId).orElse(BigDecimal.ONE.negate());
        }
    }
}
