package io.github.motcua.testkit.contract;

import io.github.motcua.evidence.Evidence;
import io.github.motcua.scoring.Criterion;
import io.github.motcua.scoring.CriterionScore;
import java.math.BigDecimal;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The rules every {@link Criterion} follows, as properties over generated evidence: its score is
 * between zero and its maximum, belongs to it, is the same every time and does not depend on the
 * order of the dossiers. Extend it and return the criterion; override {@link #evidence()} to
 * generate evidence closer to the criterion's needs. For a criterion that must not lose points when
 * the evidence improves, extend {@link MonotoneCriterionContract}.
 */
public abstract class CriterionContract extends EvidenceContract {
    /** Creates the contract; subclasses are test classes. */
    protected CriterionContract() {}

    /**
     * Returns the criterion under test.
     *
     * @return the criterion
     */
    protected abstract Criterion criterion();

    /** The criterion has an id, titles and a positive maximum. */
    @Example
    public void describesItself() {
        Criterion criterion = criterion();
        check(!criterion.id().isBlank(), "the criterion's id is blank");
        check(!criterion.titleVi().isBlank(), "criterion " + criterion.id() + " has a blank Vietnamese title");
        check(!criterion.titleEn().isBlank(), "criterion " + criterion.id() + " has a blank English title");
        check(criterion.maxPoints().signum() > 0, "criterion " + criterion.id() + " must have a positive maximum");
    }

    /**
     * The score belongs to the criterion and lies between zero and the maximum.
     *
     * @param evidence generated evidence
     */
    @Property
    public void scoresBetweenZeroAndItsMaximum(@ForAll("contractEvidence") Evidence evidence) {
        Criterion criterion = criterion();
        CriterionScore score = criterion.score(evidence);
        check(
                score.criterionId().equals(criterion.id()),
                "criterion " + criterion.id() + " returned the score of " + score.criterionId());
        check(
                score.maxPoints().compareTo(criterion.maxPoints()) == 0,
                "criterion " + criterion.id() + " scored against another maximum: " + score.maxPoints());
        BigDecimal scaled = score.sum();
        check(scaled.signum() >= 0, "criterion " + criterion.id() + " gave negative points: " + score);
        check(
                scaled.compareTo(criterion.maxPoints().multiply(BigDecimal.valueOf(Math.max(1, score.count())))) <= 0,
                "criterion " + criterion.id() + " gave more than its maximum: " + score);
    }

    /**
     * The same evidence gives the same score.
     *
     * @param evidence generated evidence
     */
    @Property
    public void isDeterministic(@ForAll("contractEvidence") Evidence evidence) {
        checkEqual(criterion().score(evidence), criterion().score(evidence), "scoring twice");
    }

    /**
     * The order of the dossiers does not change the score or its explanation.
     *
     * @param evidence generated evidence
     * @param random the source of the shuffle
     */
    @Property
    public void doesNotDependOnTheOrderOfDossiers(
            @ForAll("contractEvidence") Evidence evidence, @ForAll Random random) {
        checkEqual(
                criterion().score(evidence),
                criterion().score(Shuffled.of(evidence, random)),
                "shuffling the dossiers");
    }
}
