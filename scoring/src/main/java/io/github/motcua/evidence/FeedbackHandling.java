package io.github.motcua.evidence;

/**
 * How a unit handled feedback and complaints in the period (TT 01/2018/TT-VPCP indicator 8).
 *
 * @param received the feedback items received
 * @param handledOnTime of those, the items handled on time
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
}
