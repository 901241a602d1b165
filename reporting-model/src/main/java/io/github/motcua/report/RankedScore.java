package io.github.motcua.report;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One scorecard in an evaluation section.
 *
 * @param rank its rank, from 1
 * @param subjectId the unit's code or the official's id
 * @param name the subject's name
 * @param total the total points
 * @param bandId the band of the total
 */
public record RankedScore(int rank, String subjectId, String name, BigDecimal total, String bandId) {
    /**
     * Checks the components.
     *
     * @param rank its rank, from 1
     * @param subjectId the unit's code or the official's id
     * @param name the subject's name
     * @param total the total points
     * @param bandId the band of the total
     */
    public RankedScore {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(bandId, "bandId");
    }
}
