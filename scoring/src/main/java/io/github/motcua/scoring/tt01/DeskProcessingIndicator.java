package io.github.motcua.scoring.tt01;

import io.github.motcua.evidence.DeskProcessing;
import io.github.motcua.evidence.Evidence;
import io.github.motcua.scoring.CriterionLevel;
import io.github.motcua.scoring.CriterionScore;
import io.github.motcua.scoring.Explanation;
import io.github.motcua.unit.UnitLevel;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Indicator 5, processing fully at the one-stop desk: 2 when the share of procedures processed
 * fully at the desk reaches the level's target (province or ministry 20%, district 50%, commune
 * 100%), 1 when every eligible procedure is at least received and returned there, otherwise 0.
 */
final class DeskProcessingIndicator extends Indicator {
    DeskProcessingIndicator() {
        super(5, "Giải quyết tại chỗ tại Bộ phận Một cửa", "Full processing at the one-stop desk", CriterionLevel.UNIT);
    }

    /** The share of procedures to process fully at the desk, in percent, by level (Điều 12). */
    static int targetPercent(UnitLevel level) {
        return switch (level) {
            case CENTRAL, PROVINCE -> 20;
            case DISTRICT -> 50;
            case COMMUNE -> 100;
        };
    }

    @Override
    public CriterionScore score(Evidence evidence) {
        Optional<DeskProcessing> facts = evidence.deskProcessing();
        if (facts.isEmpty() || facts.get().procedures() == 0) {
            return CriterionScore.noData(
                    this, Explanation.of("No data: the unit's procedures at the desk were not given."));
        }
        DeskProcessing desk = facts.get();
        int target = targetPercent(evidence.subject().level());
        boolean reached = atLeastPercent(desk.fullyAtDesk(), desk.procedures(), target);
        int points = reached ? 2 : desk.allEligibleAtDesk() ? 1 : 0;
        String text = desk.fullyAtDesk() + " of " + desk.procedures() + " procedures processed fully at the desk; the "
                + evidence.subject().level() + " target is " + target + "%"
                + (reached
                        ? ": reached, 2 points."
                        : desk.allEligibleAtDesk()
                                ? ": not reached, but every eligible procedure is received and returned at the desk,"
                                        + " 1 point."
                                : ": not reached and not every eligible procedure is at the desk, 0 points.");
        return CriterionScore.of(
                this,
                BigDecimal.valueOf(points),
                Explanation.builder(text)
                        .count("procedures", desk.procedures())
                        .count("fully at the desk", desk.fullyAtDesk())
                        .count("target percent", target)
                        .build());
    }
}
