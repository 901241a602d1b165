package io.github.motcua.testkit.contract;

import io.github.motcua.evidence.Evidence;
import io.github.motcua.scoring.Criterion;
import io.github.motcua.scoring.CriterionScore;
import io.github.motcua.scoring.MissingDataPolicy;
import io.github.motcua.scoring.Scorecard;
import io.github.motcua.scoring.ScoringScheme;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The rules every {@link ScoringScheme} follows, as properties over generated evidence: it
 * describes itself; its total lies between zero and its maximum and is the sum of its criteria's
 * rounded points under its missing-data policy; its band is the band of the total; each criterion
 * stays within its bounds; and the scorecard is the same every time and whatever the order of the
 * dossiers. Extend it and return the scheme.
 */
public abstract class SchemeContract extends EvidenceContract {
    /** Creates the contract; subclasses are test classes. */
    protected SchemeContract() {}

    /**
     * Returns the scheme under test.
     *
     * @return the scheme
     */
    protected abstract ScoringScheme scheme();

    /** The scheme has an id, a version, a source, criteria with distinct ids and positive maxima. */
    @Example
    public void describesItself() {
        ScoringScheme scheme = scheme();
        check(!scheme.id().isBlank(), "the scheme's id is blank");
        check(!scheme.version().isBlank(), "scheme " + scheme.id() + " has a blank version");
        check(!scheme.legalSource().isBlank(), "scheme " + scheme.id() + " has a blank legal source");
        check(!scheme.criteria().isEmpty(), "scheme " + scheme.id() + " has no criteria");
        check(
                scheme.effectiveUntil()
                        .map(last -> !last.isBefore(scheme.effectiveFrom()))
                        .orElse(true),
                "scheme " + scheme.id() + " ends before it starts");
        Set<String> ids = new HashSet<>();
        BigDecimal max = BigDecimal.ZERO;
        for (Criterion criterion : scheme.criteria()) {
            check(ids.add(criterion.id()), "scheme " + scheme.id() + " lists " + criterion.id() + " twice");
            check(criterion.maxPoints().signum() > 0, criterion.id() + " must have a positive maximum");
            max = max.add(criterion.maxPoints());
        }
        check(
                max.compareTo(scheme.maxPoints()) == 0,
                "scheme " + scheme.id() + ": the criteria's maxima add up to " + max + ", not " + scheme.maxPoints());
    }

    /**
     * The total is the sum of the rounded points under the missing-data policy, between zero and
     * the maximum, and banded by the scheme's bands.
     *
     * @param evidence generated evidence
     */
    @Property
    public void totalsTheRoundedPointsAndBandsThem(@ForAll("contractEvidence") Evidence evidence) {
        ScoringScheme scheme = scheme();
        Scorecard card = scheme.score(evidence);
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal present = BigDecimal.ZERO;
        for (CriterionScore score : card.criteria()) {
            Optional<BigDecimal> points = score.points(scheme.rounding());
            if (points.isPresent()) {
                check(
                        points.get().signum() >= 0 && points.get().compareTo(score.maxPoints()) <= 0,
                        score.criterionId() + " is out of its bounds: " + points.get());
                sum = sum.add(points.get());
                present = present.add(score.maxPoints());
            }
        }
        BigDecimal expected = scheme.missingData() == MissingDataPolicy.RESCALE && present.signum() > 0
                ? scheme.rounding().divide(sum.multiply(scheme.maxPoints()), present)
                : sum;
        check(card.total().compareTo(expected) == 0, "total " + card.total() + ", expected " + expected);
        check(
                card.total().signum() >= 0 && card.total().compareTo(scheme.maxPoints()) <= 0,
                "total " + card.total() + " is outside 0 to " + scheme.maxPoints());
        checkEqual(card.band(), scheme.bands().classify(card.total()), "banding the total again");
        check(card.criteria().size() == scheme.criteria().size(), "a criterion is missing from the card");
    }

    /**
     * The same evidence gives the same scorecard.
     *
     * @param evidence generated evidence
     */
    @Property
    public void isDeterministic(@ForAll("contractEvidence") Evidence evidence) {
        checkEqual(scheme().score(evidence), scheme().score(evidence), "scoring twice");
    }

    /**
     * The order of the dossiers does not change the scorecard.
     *
     * @param evidence generated evidence
     * @param random the source of the shuffle
     */
    @Property
    public void doesNotDependOnTheOrderOfDossiers(
            @ForAll("contractEvidence") Evidence evidence, @ForAll Random random) {
        checkEqual(scheme().score(evidence), scheme().score(Shuffled.of(evidence, random)), "shuffling the dossiers");
    }
}
