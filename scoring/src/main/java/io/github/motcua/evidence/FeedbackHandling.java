package io.github.motcua.evidence;

import io.github.motcua.DateRange;
import io.github.motcua.feedback.FeedbackItem;
import java.util.Collection;
import java.util.Objects;

/**
 * How a unit handled feedback and complaints in the period (TT 01/2018/TT-VPCP indicator 8):
 * given as counts, or computed from the items with {@link #ofUnit}.
 *
 * @param received the feedback items received
 * @param handledOnTime of those, the items handled on time (from items: handled by their due date,
 *     or not yet due at the window's end)
 * @param prolonged of those, the items whose handling was prolonged
 */
public record FeedbackHandling(long received, long handledOnTime, long prolonged) {
    /**
     * Checks the counts.
     *
     * @throws InvalidEvidenceException if a count is negative or a part exceeds the items received
     *
     * @param received the feedback items received
     * @param handledOnTime of those, the items handled on time
     * @param prolonged of those, the items whose handling was prolonged
     */
    public FeedbackHandling {
        InvalidEvidenceException.requireCount("feedback received", received);
        InvalidEvidenceException.requireCount("feedback handled on time", handledOnTime);
        InvalidEvidenceException.requireCount("feedback prolonged", prolonged);
        InvalidEvidenceException.requireAtMost(
                "feedback handled on time", handledOnTime, "feedback received", received);
        // Prolonged items may still count as handled on time: TT 01/2018 asks for both conditions.
        InvalidEvidenceException.requireAtMost("feedback prolonged", prolonged, "feedback received", received);
    }

    /**
     * Computes a unit's handling from feedback items: those it received in the window, of which
     * those on time at the window's end (handled by their due date, or not handled yet and not yet
     * due, so that an item received near the end does not count against the unit) and those
     * prolonged. Items of other units are left out.
     *
     * @param unitCode the unit's code
     * @param items feedback items, of any unit
     * @param window the days of the evaluation's window
     * @return the counts
     */
    public static FeedbackHandling ofUnit(String unitCode, Collection<FeedbackItem> items, DateRange window) {
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(window, "window");
        long received = 0;
        long onTime = 0;
        long prolonged = 0;
        for (FeedbackItem item : items) {
            if (item.unitCode().equals(unitCode) && window.contains(item.receivedOn())) {
                received++;
                onTime += item.isOnTimeOn(window.endInclusive()) ? 1 : 0;
                prolonged += item.prolonged() ? 1 : 0;
            }
        }
        return new FeedbackHandling(received, onTime, prolonged);
    }
}
