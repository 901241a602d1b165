package io.github.motcua.scoring.tt01;

import io.github.motcua.evidence.Evidence;
import io.github.motcua.evidence.FeedbackHandling;
import io.github.motcua.scoring.CriterionLevel;
import io.github.motcua.scoring.CriterionScore;
import io.github.motcua.scoring.Explanation;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Indicator 8, handling of feedback: 2 when there was none, or all of it was handled on time and
 * none prolonged; 1 when at least 90% was handled on time and none prolonged; otherwise 0.
 */
final class FeedbackIndicator extends Indicator {
    FeedbackIndicator() {
        super(8, "Tiếp nhận, xử lý phản ánh, kiến nghị", "Handling of feedback", CriterionLevel.UNIT);
    }

    @Override
    public CriterionScore score(Evidence evidence) {
        Optional<FeedbackHandling> facts = evidence.feedback();
        if (facts.isEmpty()) {
            return CriterionScore.noData(this, Explanation.of("No data: the unit's feedback handling was not given."));
        }
        FeedbackHandling feedback = facts.get();
        boolean noneProlonged = feedback.prolonged() == 0;
        int points = noneProlonged && feedback.handledOnTime() == feedback.received()
                ? 2
                : noneProlonged && atLeastPercent(feedback.handledOnTime(), feedback.received(), 90) ? 1 : 0;
        String text = feedback.received() == 0
                ? "No feedback received, 2 points."
                : feedback.handledOnTime() + " of " + feedback.received() + " feedback items handled on time, "
                        + feedback.prolonged() + " prolonged; all on time and none prolonged gives 2, at least 90%"
                        + " and none prolonged 1: " + pointsText(points) + ".";
        return CriterionScore.of(
                this,
                BigDecimal.valueOf(points),
                Explanation.builder(text)
                        .count("received", feedback.received())
                        .count("handled on time", feedback.handledOnTime())
                        .count("prolonged", feedback.prolonged())
                        .build());
    }
}
