package io.github.motcua.ranking;

import io.github.motcua.scoring.Scorecard;
import java.util.Objects;

/**
 * A scorecard with its rank.
 *
 * @param rank the rank, from 1
 * @param scorecard the scorecard
 */
public record Ranked(int rank, Scorecard scorecard) {
    /**
     * Checks the components.
     *
     * @param rank the rank, from 1
     * @param scorecard the scorecard
     */
    public Ranked {
        Objects.requireNonNull(scorecard, "scorecard");
        if (rank < 1) {
            throw new IllegalArgumentException("ranks start at 1: " + rank);
        }
    }
}
