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
        Share share = share(evidence);
        String rule = indicator.formula() + ": " + indicator.maxPoints().toPlainString() + " × min(1, share ÷ "
                + indicator.targetPercent().toPlainString() + "%)" + " (" + indicator.source() + ", "
                + indicator.status() + ")";
        if (share.whole() == 0) {
            return CriterionScore.noData(this, Explanation.of("No data: " + describe() + ". " + rule));
        }
        Explanation explanation = Explanation.builder(share.part() + " of " + share.whole() + " ("
                        + share.percent().stripTrailingZeros().toPlainString() + "%) " + describe() + ". " + rule)
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

    private String describe() {
        return switch (indicator.formula()) {
            case CAPPED_LINEAR -> "measure " + indicator.measure();
            case ON_TIME_RATE -> "dossiers resolved on time or pending within the deadline";
            case SATISFACTION -> "dossiers neither overdue nor complained about";
        };
    }

    private Share share(Evidence evidence) {
        return switch (indicator.formula()) {
            case CAPPED_LINEAR -> evidence.measures().getOrDefault(indicator.measure(), new Share(0, 0));
            case ON_TIME_RATE ->
                new Share(
                        evidence.dossiers().stream()
                                .filter(dossier -> dossier.timeliness() == Timeliness.EARLY
                                        || dossier.timeliness() == Timeliness.ON_TIME
                                        || dossier.timeliness() == Timeliness.PENDING_WITHIN)
                                .count(),
                        evidence.dossiers().size());
            case SATISFACTION -> satisfaction(evidence);
        };
    }

    /** 100% − overdue rate − complaint share, as a share of the dossiers (not below zero). */
    private static Share satisfaction(Evidence evidence) {
        long dossiers = evidence.dossiers().size();
        long overdue = evidence.dossiers().stream()
                .filter(dossier ->
                        dossier.timeliness() == Timeliness.LATE || dossier.timeliness() == Timeliness.PENDING_OVERDUE)
                .count();
        long complained = evidence.dossiers().stream()
                .filter(dossier -> dossier.verifiedComplaints() > 0)
                .map(DossierEvidence::dossierId)
                .count();
        return new Share(Math.max(0, dossiers - overdue - complained), dossiers);
    }

    @Override
    public String toString() {
        return indicator.id() + " " + indicator.titleEn();
    }
}
