package io.github.motcua.scoring;

import io.github.motcua.LabelBundle;
import io.github.motcua.Language;
import io.github.motcua.evidence.Evidence;
import io.github.motcua.evidence.Subject;
import io.github.motcua.rate.Rounding;
import io.github.motcua.scoring.internal.ScoringLabels;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of scoring one subject under one scheme: each criterion's exact score and explanation,
 * its rounded points, the total under the missing-data policy, and the band.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Scorecard {
    private final Subject subject;
    private final String schemeId;
    private final String schemeVersion;
    private final SchemeStatus schemeStatus;
    private final Rounding rounding;
    private final MissingDataPolicy missingData;
    private final List<CriterionScore> criteria;
    private final BigDecimal maxPoints;
    private final BigDecimal maxPointsPresent;
    private final BigDecimal total;
    private final Band band;

    private Scorecard(ScoringScheme scheme, Subject subject, List<CriterionScore> criteria) {
        this.subject = subject;
        this.schemeId = scheme.id();
        this.schemeVersion = scheme.version();
        this.schemeStatus = scheme.status();
        this.rounding = scheme.rounding();
        this.missingData = scheme.missingData();
        this.criteria = List.copyOf(criteria);
        this.maxPoints = scheme.maxPoints();
        BigDecimal sum = BigDecimal.ZERO.setScale(rounding.decimals());
        BigDecimal present = BigDecimal.ZERO;
        for (CriterionScore score : this.criteria) {
            Optional<BigDecimal> points = score.points(rounding);
            if (points.isPresent()) {
                sum = sum.add(points.get());
                present = present.add(score.maxPoints());
            }
        }
        this.maxPointsPresent = present;
        this.total = missingData == MissingDataPolicy.RESCALE && present.signum() > 0
                ? rounding.divide(sum.multiply(maxPoints), present)
                : sum;
        this.band = scheme.bands().classify(total);
    }

    static Scorecard compute(ScoringScheme scheme, Evidence evidence) {
        List<CriterionScore> scores = new ArrayList<>();
        for (Criterion criterion : scheme.criteria()) {
            CriterionScore score = Objects.requireNonNull(
                    criterion.score(evidence), () -> "criterion " + criterion.id() + " returned no score");
            if (!score.criterionId().equals(criterion.id())
                    || score.maxPoints().compareTo(criterion.maxPoints()) != 0) {
                throw new IllegalStateException("criterion " + criterion.id() + " of scheme " + scheme.id()
                        + " returned the score of another criterion: " + score);
            }
            scores.add(score);
        }
        return new Scorecard(scheme, evidence.subject(), scores);
    }

    /**
     * Returns who or what was scored.
     *
     * @return the subject
     */
    public Subject subject() {
        return subject;
    }

    /**
     * Returns the scheme's identifier.
     *
     * @return the identifier
     */
    public String schemeId() {
        return schemeId;
    }

    /**
     * Returns the scheme's version.
     *
     * @return the version
     */
    public String schemeVersion() {
        return schemeVersion;
    }

    /**
     * Returns the status of the scheme's rules; a provisional scheme's bands and figures are to be
     * read as such.
     *
     * @return the scheme's status
     */
    public SchemeStatus schemeStatus() {
        return schemeStatus;
    }

    /**
     * Returns the rounding applied to each criterion before the sum.
     *
     * @return the rounding
     */
    public Rounding rounding() {
        return rounding;
    }

    /**
     * Returns the missing-data policy that applied.
     *
     * @return the policy
     */
    public MissingDataPolicy missingData() {
        return missingData;
    }

    /**
     * Returns each criterion's exact score and explanation, in the scheme's order.
     *
     * @return the criteria's scores
     */
    public List<CriterionScore> criteria() {
        return criteria;
    }

    /**
     * Returns a criterion's points, rounded as they were added to the total.
     *
     * @param criterionId the criterion's identifier
     * @return the points, or empty when the criterion had no data
     * @throws IllegalArgumentException if the scheme has no such criterion
     */
    public Optional<BigDecimal> points(String criterionId) {
        return criteria.stream()
                .filter(score -> score.criterionId().equals(criterionId))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalArgumentException("scheme " + schemeId + " has no criterion " + criterionId))
                .points(rounding);
    }

    /**
     * Returns the scheme's maximum.
     *
     * @return the most points the scheme gives
     */
    public BigDecimal maxPoints() {
        return maxPoints;
    }

    /**
     * Returns the maxima of the criteria that had data, added up.
     *
     * @return the most points the subject could have reached with the data given
     */
    public BigDecimal maxPointsPresent() {
        return maxPointsPresent;
    }

    /**
     * Returns the total: the rounded points of the criteria with data, added up, and rescaled to
     * the scheme's maximum under {@link MissingDataPolicy#RESCALE}.
     *
     * @return the total, with the rounding's decimals
     */
    public BigDecimal total() {
        return total;
    }

    /**
     * Tells whether any criterion had data; without data the total is zero and the band the lowest.
     *
     * @return true if the total rests on at least one criterion
     */
    public boolean hasData() {
        return maxPointsPresent.signum() > 0;
    }

    /**
     * Returns the band of the total.
     *
     * @return the band
     */
    public Band band() {
        return band;
    }

    /**
     * Returns the scorecard as lines of text an inspector can follow, in a language: the total out
     * of the maximum, the band, the rounding and the missing-data policy, then each criterion's
     * points and explanation. Numbers are written plainly ({@code 12.66}), and the criteria's
     * explanations are the criteria's own text: the built-in TT 01 and QĐ 766 criteria explain
     * themselves in English in either language.
     *
     * @param language the language of the words around the numbers
     * @return the explanation, one line per criterion after the first
     */
    public String explain(Language language) {
        LabelBundle labels = ScoringLabels.of(language);
        StringBuilder text = new StringBuilder(labels.format(
                "scorecard.header",
                subject.name(),
                subject.id(),
                schemeId,
                schemeVersion,
                total.toPlainString(),
                (missingData == MissingDataPolicy.RESCALE ? maxPoints : maxPointsPresent).toPlainString(),
                labels.format(
                        schemeStatus == SchemeStatus.PROVISIONAL ? "scorecard.band.provisional" : "scorecard.band",
                        band.title(language)),
                labels.format("scorecard.rounding", rounding.mode(), rounding.decimals()),
                missingData));
        for (CriterionScore score : criteria) {
            text.append(System.lineSeparator())
                    .append("  ")
                    .append(labels.format(
                            "scorecard.criterion",
                            score.criterionId(),
                            score.points(rounding)
                                    .map(BigDecimal::toPlainString)
                                    .orElseGet(() -> labels.get("scorecard.noData")),
                            score.maxPoints().toPlainString(),
                            score.explanation().text()));
        }
        return text.toString();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Scorecard that
                && subject.equals(that.subject)
                && schemeId.equals(that.schemeId)
                && schemeVersion.equals(that.schemeVersion)
                && rounding.equals(that.rounding)
                && missingData == that.missingData
                && criteria.equals(that.criteria)
                && total.equals(that.total)
                && band.equals(that.band);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject, schemeId, schemeVersion, criteria, total, band);
    }

    /**
     * Returns a one-line summary, such as {@code TC.X01 tt01-2018-units: 17.6 EXCELLENT}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return subject.id() + " " + schemeId + ": " + total.toPlainString() + " " + band.id();
    }
}
