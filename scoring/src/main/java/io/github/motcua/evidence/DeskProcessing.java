package io.github.motcua.evidence;

/**
 * How many of a unit's procedures are processed fully at the one-stop desk (TT 01/2018/TT-VPCP
 * indicator 5).
 *
 * @param procedures the procedures the unit handles
 * @param fullyAtDesk of those, the procedures received, processed and returned at the desk
 * @param allEligibleAtDesk whether every procedure eligible for the desk is received and returned
 *     there
 */
public record DeskProcessing(long procedures, long fullyAtDesk, boolean allEligibleAtDesk) {
    /**
     * Checks the counts.
     *
     * @throws InvalidEvidenceException if a count is negative or the part exceeds the whole
     *
     * @param procedures the procedures the unit handles
     * @param fullyAtDesk of those, the procedures received, processed and returned at the desk
     * @param allEligibleAtDesk whether every procedure eligible for the desk is received and returned
     */
    public DeskProcessing {
        InvalidEvidenceException.requireCount("procedures", procedures);
        InvalidEvidenceException.requireCount("procedures processed fully at the desk", fullyAtDesk);
        InvalidEvidenceException.requireAtMost(
                "procedures processed fully at the desk", fullyAtDesk, "procedures", procedures);
    }
}
