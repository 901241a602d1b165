package io.github.motcua.testkit.contract;

import io.github.motcua.evidence.Evidence;
import io.github.motcua.scoring.CriterionScore;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The rules of {@link CriterionContract}, and monotonicity: evidence made better by {@link
 * #improve(Evidence)} never scores lower, and loses its data only where it had no points (a pending
 * dossier whose only fault, a verified complaint, is gone).
 */
public abstract class MonotoneCriterionContract extends CriterionContract {
    /** Creates the contract; subclasses are test classes. */
    protected MonotoneCriterionContract() {}

    /**
     * Returns the evidence made better in a way the criterion must reward or ignore, such as every
     * dossier resolved early.
     *
     * @param evidence the evidence
     * @return better or equal evidence about the same subject
     */
    protected abstract Evidence improve(Evidence evidence);

    /**
     * Better evidence scores at least as much.
     *
     * @param evidence generated evidence
     */
    @Property
    public void doesNotScoreLessWhenTheEvidenceImproves(@ForAll("contractEvidence") Evidence evidence) {
        CriterionScore before = criterion().score(evidence);
        CriterionScore after = criterion().score(improve(evidence));
        if (!before.hasData()) {
            return;
        }
        if (!after.hasData()) {
            // Losing data costs nothing only when there were no points to lose.
            check(
                    before.sum().signum() == 0,
                    "criterion " + before.criterionId() + " lost its points and its data when the evidence improved: "
                            + before);
            return;
        }
        // before.sum / before.count <= after.sum / after.count, compared exactly.
        BigDecimal left = before.sum().multiply(BigDecimal.valueOf(after.count()));
        BigDecimal right = after.sum().multiply(BigDecimal.valueOf(before.count()));
        check(
                left.compareTo(right) <= 0,
                "criterion " + before.criterionId() + " scored less when the evidence improved: " + before + " then "
                        + after);
    }
}
