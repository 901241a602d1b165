package io.github.motcua.scoring;

import io.github.motcua.rate.Rounding;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A criterion's exact result: a sum of points over a count (the count is 1 for a criterion scored
 * once, the number of dossiers scored for an average), or no data. The scheme rounds it with its
 * own rounding, so that a province's variant changes the rounding without touching the criterion.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CriterionScore {
    private final String criterionId;
    private final BigDecimal maxPoints;
    private final BigDecimal sum;
    private final long count;
    private final Explanation explanation;

    private CriterionScore(Criterion criterion, BigDecimal sum, long count, Explanation explanation) {
        this.criterionId = criterion.id();
        this.maxPoints = criterion.maxPoints();
        this.sum = Objects.requireNonNull(sum, "sum");
        this.count = count;
        this.explanation = Objects.requireNonNull(explanation, "explanation");
        if (count < 0
                || sum.signum() < 0
                || sum.compareTo(maxPoints.multiply(BigDecimal.valueOf(count))) > 0
                || (count == 0 && sum.signum() != 0)) {
            throw new IllegalArgumentException("criterion " + criterionId + " gave " + sum + " points over " + count
                    + ": the average must be between 0 and " + maxPoints);
        }
    }

    /**
     * Obtains the score of a criterion scored once.
     *
     * @param criterion the criterion
     * @param points the points, from 0 to the criterion's maximum
     * @param explanation why
     * @return the score
     * @throws IllegalArgumentException if the points are out of range
     */
    public static CriterionScore of(Criterion criterion, BigDecimal points, Explanation explanation) {
        return new CriterionScore(criterion, points, 1, explanation);
    }

    /**
     * Obtains the score of a criterion averaged over dossiers; with a count of zero there is no data.
     *
     * @param criterion the criterion
     * @param sum the points of the dossiers scored, added up
     * @param count how many dossiers were scored
     * @param explanation why
     * @return the score
     * @throws IllegalArgumentException if the average is out of range
     */
    public static CriterionScore average(Criterion criterion, BigDecimal sum, long count, Explanation explanation) {
        return new CriterionScore(criterion, sum, count, explanation);
    }

    /**
     * Obtains a score without data.
     *
     * @param criterion the criterion
     * @param explanation which data is missing
     * @return the score
     */
    public static CriterionScore noData(Criterion criterion, Explanation explanation) {
        return new CriterionScore(criterion, BigDecimal.ZERO, 0, explanation);
    }

    /**
     * Returns the criterion's identifier.
     *
     * @return the identifier
     */
    public String criterionId() {
        return criterionId;
    }

    /**
     * Returns the criterion's maximum.
     *
     * @return the most points
     */
    public BigDecimal maxPoints() {
        return maxPoints;
    }

    /**
     * Tells whether the criterion had data.
     *
     * @return false when nothing could be scored
     */
    public boolean hasData() {
        return count > 0;
    }

    /**
     * Returns the points added up: the numerator of the exact score.
     *
     * @return the sum, zero without data
     */
    public BigDecimal sum() {
        return sum;
    }

    /**
     * Returns how many times the criterion was scored: the denominator of the exact score.
     *
     * @return 1 for a criterion scored once, the dossiers scored for an average, 0 without data
     */
    public long count() {
        return count;
    }

    /**
     * Returns the points: the exact score rounded once.
     *
     * @param rounding the rounding
     * @return the points, or empty without data
     */
    public Optional<BigDecimal> points(Rounding rounding) {
        return count == 0 ? Optional.empty() : Optional.of(rounding.divide(sum, count));
    }

    /**
     * Returns why the criterion gave its points.
     *
     * @return the explanation
     */
    public Explanation explanation() {
        return explanation;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof CriterionScore that
                && criterionId.equals(that.criterionId)
                && maxPoints.compareTo(that.maxPoints) == 0
                && sum.compareTo(that.sum) == 0
                && count == that.count
                && explanation.equals(that.explanation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(criterionId, maxPoints.stripTrailingZeros(), sum.stripTrailingZeros(), count, explanation);
    }

    /**
     * Returns the score as text, such as {@code tt01.1: 723/367 of 2}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return criterionId + ": " + (count == 0 ? "no data" : sum.toPlainString() + "/" + count) + " of "
                + maxPoints.toPlainString();
    }
}
