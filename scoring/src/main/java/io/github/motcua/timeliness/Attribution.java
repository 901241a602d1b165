package io.github.motcua.timeliness;

import io.github.motcua.dossier.Dossier;

/** Which unit a dossier counts under; since 2025 the unit that receives may not be the one that resolves. */
public enum Attribution {
    /** The unit competent to resolve the dossier (the default: Biểu 06 reports per resolving unit). */
    RESOLVING_UNIT,
    /** The unit whose desk received the dossier. */
    RECEIVING_UNIT;

    /**
     * Returns the code of the unit a dossier counts under.
     *
     * @param dossier the dossier
     * @return the resolving or receiving unit's code
     */
    public String unitOf(Dossier dossier) {
        return this == RESOLVING_UNIT ? dossier.resolvingUnitCode() : dossier.receivingUnitCode();
    }
}
