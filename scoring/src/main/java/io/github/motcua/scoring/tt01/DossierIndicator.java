package io.github.motcua.scoring.tt01;

import io.github.motcua.evidence.DossierEvidence;
import io.github.motcua.evidence.Evidence;
import io.github.motcua.evidence.InvalidEvidenceException;
import io.github.motcua.scoring.CriterionLevel;
import io.github.motcua.scoring.CriterionScore;
import io.github.motcua.scoring.Explanation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An indicator scored per dossier and averaged: over the evaluated dossiers (indicators 1, 3, 4 and
 * 7, TT 01/2018/TT-VPCP Điều 14.3) or over all the system's dossiers (2 and 6).
 */
final class DossierIndicator extends Indicator {
    /** How one dossier scores, or null when it has no data for the indicator. */
    @FunctionalInterface
    interface Rule {
        @Nullable
        Points score(Evidence evidence, DossierEvidence dossier);
    }

    /** A dossier's points and where they came from. */
    record Points(int points, String source) {}

    static final String FROM_RATING = "the applicant's rating";

    private final boolean evaluatedOnly;
    private final String rule;
    private final Rule scorer;

    DossierIndicator(int number, String titleVi, String titleEn, boolean evaluatedOnly, String rule, Rule scorer) {
        super(number, titleVi, titleEn, CriterionLevel.DOSSIER);
        this.evaluatedOnly = evaluatedOnly;
        this.rule = rule;
        this.scorer = scorer;
    }

    @Override
    public CriterionScore score(Evidence evidence) {
        List<List<String>> byPoints = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<String> noData = new ArrayList<>();
        java.util.Map<String, Long> bySource = new java.util.TreeMap<>();
        long considered = 0;
        for (DossierEvidence dossier : evidence.dossiers()) {
            if (evaluatedOnly && !dossier.isEvaluated()) {
                continue;
            }
            considered++;
            Points points = scorer.score(evidence, dossier);
            if (points == null) {
                noData.add(dossier.dossierId());
            } else {
                byPoints.get(points.points()).add(dossier.dossierId());
                bySource.merge(points.source(), 1L, Long::sum);
            }
        }
        long scored = considered - noData.size();
        long sum = byPoints.get(1).size() + 2L * byPoints.get(2).size();
        String over = evaluatedOnly ? "evaluated dossiers" : "dossiers";
        Explanation.Builder explanation = Explanation.builder(
                        scored == 0
                                ? "No data: none of the " + considered + " " + over + " could be scored. " + rule
                                : "Average over " + scored + " " + over + ": " + sum + "/" + scored + ". " + rule)
                .count(over, considered)
                .count("scored", scored)
                .count("scored 2", byPoints.get(2).size())
                .count("scored 1", byPoints.get(1).size())
                .count("scored 0", byPoints.get(0).size())
                .count("without data", noData.size());
        bySource.forEach((source, count) -> explanation.count("from " + source, count));
        explanation
                .dossiers("scored 1", sorted(byPoints.get(1)))
                .dossiers("scored 0", sorted(byPoints.get(0)))
                .dossiers("without data", sorted(noData));
        return scored == 0
                ? CriterionScore.noData(this, explanation.build())
                : CriterionScore.average(this, BigDecimal.valueOf(sum), scored, explanation.build());
    }

    private static List<String> sorted(List<String> ids) {
        return ids.stream().sorted().toList();
    }

    /**
     * Returns the applicant's rating for an indicator, when given.
     *
     * @throws InvalidEvidenceException if the rating is not 0, 1 or 2
     */
    static Optional<Points> rating(DossierEvidence dossier, String indicatorId) {
        Integer rating = dossier.evaluation()
                .map(evaluation -> evaluation.ratings().get(indicatorId))
                .orElse(null);
        if (rating == null) {
            return Optional.empty();
        }
        if (rating > MAX) {
            throw new InvalidEvidenceException(
                    "DossierEvidence",
                    dossier.dossierId(),
                    "ratings." + indicatorId,
                    rating.toString(),
                    "the applicant rates TT 01/2018/TT-VPCP indicators 0, 1 or 2");
        }
        return Optional.of(new Points(rating, FROM_RATING));
    }

    /** Scores a count where none is best: 0 → 2, 1 → 1, more → 0. */
    static int fewerIsBetter(int count) {
        return count == 0 ? 2 : count == 1 ? 1 : 0;
    }
}
