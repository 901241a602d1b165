package io.github.motcua.scoring.qd766;

import io.github.motcua.evidence.DossierEvidence;
import io.github.motcua.evidence.Evidence;
import io.github.motcua.evidence.Share;
import io.github.motcua.scoring.Criterion;
import io.github.motcua.scoring.CriterionLevel;
import io.github.motcua.scoring.CriterionScore;
import io.github.motcua.scoring.Explanation;
import io.github.motcua.timeliness.Timeliness;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * An indicator of an index table: every formula comes down to a share, scored capped-linear
 * against the target: maximum × min(1, share ÷ target), exactly.
 */
final class IndexCriterion implements Criterion {
    private final IndexIndicator indicator;

    IndexCriterion(IndexIndicator indicator) {
        this.indicator = indicator;
    }

    @Override
    public String id() {
        return indicator.id();
    }

    @Override
    public String titleVi() {
        return indicator.titleVi();
    }

    @Override
    public String titleEn() {
        return indicator.titleEn();
    }

    @Override
    public BigDecimal maxPoints() {
        return indicator.maxPoints();
    }

    @Override
    public CriterionLevel level() {
        return indicator.formula() == IndexFormula.CAPPED_LINEAR ? CriterionLevel.UNIT : CriterionLevel.DOSSIER;
    }

    @Override
    public CriterionScore score(Evidence evidence) {
        Measured measured = measure(evidence);
        Share share = measured.share();
        String rule = indicator.formula() + ": " + indicator.maxPoints().toPlainString() + " × min(1, share ÷ "
                + indicator.targetPercent().toPlainString() + "%)" + " (" + indicator.source() + ", "
                + indicator.status() + ")";
        if (share.whole() == 0) {
            return CriterionScore.noData(this, Explanation.of("No data: " + measured.what() + ". " + rule));
        }
        Explanation explanation = Explanation.builder(share.part() + " of " + share.whole() + " ("
                        + share.percent().stripTrailingZeros().toPlainString() + "%) " + measured.what() + ". " + rule)
                .count("part", share.part())
                .count("whole", share.whole())
                .build();
        // share ÷ target = (part × 100) ÷ (whole × target); the target's decimals are scaled away.
        BigDecimal targetPercent = indicator.targetPercent().stripTrailingZeros();
        if (targetPercent.scale() < 0) {
            targetPercent = targetPercent.setScale(0);
        }
        BigInteger target = targetPercent.unscaledValue();
        BigInteger scale = BigInteger.TEN.pow(targetPercent.scale());
        BigInteger numerator = BigInteger.valueOf(share.part())
                .multiply(BigInteger.valueOf(100))
                .multiply(scale);
        BigInteger denominator = BigInteger.valueOf(share.whole()).multiply(target);
        if (numerator.compareTo(denominator) >= 0 || denominator.bitLength() >= Long.SIZE - 1) {
            return numerator.compareTo(denominator) >= 0
                    ? CriterionScore.of(this, indicator.maxPoints(), explanation)
                    : CriterionScore.of(
                            this,
                            indicator
                                    .maxPoints()
                                    .multiply(new BigDecimal(numerator))
                                    .divide(new BigDecimal(denominator), 10, java.math.RoundingMode.DOWN),
                            explanation);
        }
        return CriterionScore.average(
                this,
                indicator.maxPoints().multiply(new BigDecimal(numerator)),
                denominator.longValueExact(),
                explanation);
    }

    /** A share and what it counts, in words. */
    private record Measured(Share share, String what) {}

    private Measured measure(Evidence evidence) {
        List<DossierEvidence> dossiers = evidence.dossiers();
        return switch (indicator.formula()) {
            case CAPPED_LINEAR ->
                new Measured(
                        evidence.measures().getOrDefault(indicator.measure(), new Share(0, 0)),
                        "measure " + indicator.measure());
            case ON_TIME_RATE ->
                new Measured(
                        new Share(
                                dossiers.stream()
                                        .filter(dossier -> dossier.timeliness() == Timeliness.EARLY
                                                || dossier.timeliness() == Timeliness.ON_TIME
                                                || dossier.timeliness() == Timeliness.PENDING_WITHIN)
                                        .count(),
                                dossiers.size()),
                        "dossiers resolved on time or pending within the deadline");
            case SATISFACTION -> satisfaction(dossiers);
            case SATISFACTION_NEITHER ->
                new Measured(
                        new Share(
                                dossiers.stream()
                                        .filter(dossier -> !overdue(dossier) && !complained(dossier))
                                        .count(),
                                dossiers.size()),
                        "dossiers neither overdue nor complained about");
        };
    }

    /** 100% − overdue rate − complaint share, as a share of the dossiers (not below zero). */
    private static Measured satisfaction(List<DossierEvidence> dossiers) {
        long overdue = dossiers.stream().filter(IndexCriterion::overdue).count();
        long complained = dossiers.stream().filter(IndexCriterion::complained).count();
        return new Measured(
                new Share(Math.max(0, dossiers.size() - overdue - complained), dossiers.size()),
                "left of the dossiers less " + overdue + " overdue and less " + complained
                        + " complained about (100% − overdue share − complaint share; a dossier both overdue"
                        + " and complained about is subtracted twice)");
    }

    private static boolean overdue(DossierEvidence dossier) {
        return dossier.timeliness() == Timeliness.LATE || dossier.timeliness() == Timeliness.PENDING_OVERDUE;
    }

    private static boolean complained(DossierEvidence dossier) {
        return dossier.verifiedComplaints() > 0;
    }

    @Override
    public String toString() {
        return indicator.id() + " " + indicator.titleEn();
    }
}
