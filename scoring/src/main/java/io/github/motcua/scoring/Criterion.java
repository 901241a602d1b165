package io.github.motcua.scoring;

import io.github.motcua.evidence.Evidence;
import java.math.BigDecimal;

/**
 * One criterion of a scoring scheme: it turns evidence into points between zero and its maximum,
 * with an explanation.
 *
 * <p>Implementations must be pure: the same evidence gives the same score, whatever the order of
 * its dossiers, and nothing outside the evidence is read. The test kit's {@code CriterionContract}
 * checks these rules for any implementation.
 *
 * <pre>{@code
 * final class NoVerifiedComplaint implements Criterion {
 *     public String id() { return "acme.complaints"; }
 *     public String titleVi() { return "Không có phản ánh được xác minh"; }
 *     public String titleEn() { return "No verified complaint"; }
 *     public BigDecimal maxPoints() { return BigDecimal.ONE; }
 *     public CriterionLevel level() { return CriterionLevel.DOSSIER; }
 *     public CriterionScore score(Evidence evidence) { ... }
 * }
 * }</pre>
 */
public interface Criterion {
    /**
     * Returns the criterion's identifier, unique within its scheme, such as {@code tt01.1}.
     *
     * @return the identifier
     */
    String id();

    /**
     * Returns the criterion's title in Vietnamese.
     *
     * @return the title
     */
    String titleVi();

    /**
     * Returns the criterion's title in English.
     *
     * @return the title
     */
    String titleEn();

    /**
     * Returns the most points the criterion gives.
     *
     * @return a positive number of points
     */
    BigDecimal maxPoints();

    /**
     * Returns where the criterion's facts come from.
     *
     * @return dossier or unit
     */
    CriterionLevel level();

    /**
     * Scores the evidence.
     *
     * @param evidence the facts about the subject
     * @return the points with their explanation, or a score without data when the evidence has
     *     none for this criterion
     */
    CriterionScore score(Evidence evidence);
}
