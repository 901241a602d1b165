package io.github.motcua.timeliness;

import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.Outcome;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which instant ends a resolved dossier, for comparing with its due date (docs/rules.md §2.5). A
 * refused, withdrawn or stopped dossier ends when that decision took effect, whatever the policy.
 */
public enum EndInstantPolicy {
    /**
     * The instant the result was ready, or the return when no result-ready instant is recorded (the
     * default: the national portal's index ranks "processed" before "returned").
     */
    RESULT_READY_ELSE_RETURNED,
    /** The instant the result was handed back; a result ready but not returned has not ended. */
    RETURNED;

    /**
     * Returns the instant a dossier ended under this policy.
     *
     * @param dossier the dossier
     * @return the end instant, or empty when the dossier has not ended
     */
    public Optional<Instant> endOf(Dossier dossier) {
        return dossier.outcome()
                .flatMap(outcome -> Optional.ofNullable(endOf(
                        outcome,
                        dossier.resultReadyAt().orElse(null),
                        dossier.returnedAt().orElse(null))));
    }

    /** The end instant from a dossier's outcome and end instants, or null when it has not ended. */
    @Nullable
    Instant endOf(Outcome outcome, @Nullable Instant resultReady, @Nullable Instant returned) {
        if (this == RESULT_READY_ELSE_RETURNED && outcome == Outcome.RESOLVED && resultReady != null) {
            return resultReady;
        }
        return returned;
    }
}
