package io.github.motcua.scoring.tt01;

import io.github.motcua.evidence.Evidence;
import io.github.motcua.evidence.OnlineServices;
import io.github.motcua.scoring.CriterionLevel;
import io.github.motcua.scoring.CriterionScore;
import io.github.motcua.scoring.Explanation;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Indicator 9, online services: 2 when at least 20% of the eligible procedures are offered online
 * (partial or full-process, the old levels 3 and 4), at least 30% of the dossiers were received
 * online and no online dossier is overdue; 1 when some procedure is offered online, at least 15% of
 * the dossiers were received online and none is overdue; otherwise 0.
 */
final class OnlineServicesIndicator extends Indicator {
    OnlineServicesIndicator() {
        super(9, "Cung cấp dịch vụ công trực tuyến", "Online public services", CriterionLevel.UNIT);
    }

    @Override
    public CriterionScore score(Evidence evidence) {
        Optional<OnlineServices> facts = evidence.onlineServices();
        if (facts.isEmpty()) {
            return CriterionScore.noData(this, Explanation.of("No data: the unit's online services were not given."));
        }
        OnlineServices online = facts.get();
        if (online.eligibleProcedures() == 0 || online.dossiers() == 0) {
            return CriterionScore.noData(
                    this,
                    Explanation.of("No data: the unit has no procedure eligible for online service, or received no"
                            + " dossier for them (" + online.eligibleProcedures() + " eligible procedures, "
                            + online.dossiers() + " dossiers)."));
        }
        boolean noneOverdue = online.onlineOverdue() == 0;
        boolean offered = online.onlineProcedures() > 0;
        int points = noneOverdue
                        && offered
                        && atLeastPercent(online.onlineProcedures(), online.eligibleProcedures(), 20)
                        && atLeastPercent(online.onlineDossiers(), online.dossiers(), 30)
                ? 2
                : noneOverdue && offered && atLeastPercent(online.onlineDossiers(), online.dossiers(), 15) ? 1 : 0;
        String text = online.onlineProcedures() + " of " + online.eligibleProcedures()
                + " eligible procedures online (target 20%), " + online.onlineDossiers() + " of " + online.dossiers()
                + " dossiers received online (targets 30% for 2 points, 15% for 1), " + online.onlineOverdue()
                + " online dossiers overdue (none allowed): " + pointsText(points) + ".";
        return CriterionScore.of(
                this,
                BigDecimal.valueOf(points),
                Explanation.builder(text)
                        .count("eligible procedures", online.eligibleProcedures())
                        .count("online procedures", online.onlineProcedures())
                        .count("dossiers", online.dossiers())
                        .count("online dossiers", online.onlineDossiers())
                        .count("online dossiers overdue", online.onlineOverdue())
                        .build());
    }
}
