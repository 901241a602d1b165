package io.github.motcua.evidence;

import java.util.Objects;

/**
 * One completed step of a dossier, by whom, against its allotment.
 *
 * @param stepId the procedure step's identifier
 * @param unitCode the code of the unit that performed it
 * @param officialId the identifier of the official who performed it
 * @param timing its time against the step's allotment
 */
public record StepEvidence(String stepId, String unitCode, String officialId, StepTiming timing) {
    /**
     * Checks that no component is null.
     *
     * @param stepId the procedure step's identifier
     * @param unitCode the code of the unit that performed it
     * @param officialId the identifier of the official who performed it
     * @param timing its time against the step's allotment
     */
    public StepEvidence {
        Objects.requireNonNull(stepId, "stepId");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(officialId, "officialId");
        Objects.requireNonNull(timing, "timing");
    }
}
