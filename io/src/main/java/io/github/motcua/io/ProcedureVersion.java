package io.github.motcua.io;

import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.ProcedureCatalogue;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One line of a procedures file: a procedure as it applies from a date, until the next version of
 * the same code.
 *
 * @param effectiveFrom the first day this version applies
 * @param procedure the procedure
 */
public record ProcedureVersion(LocalDate effectiveFrom, Procedure procedure) {
    /**
     * Checks the components.
     *
     * @param effectiveFrom the first day this version applies
     * @param procedure the procedure
     */
    public ProcedureVersion {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(procedure, "procedure");
    }

    /**
     * Returns the catalogue of a procedures file's versions.
     *
     * @param versions the versions, in any order
     * @return the catalogue
     * @throws io.github.motcua.InvalidValueException if two versions of a code start on the same day
     */
    public static ProcedureCatalogue catalogue(List<ProcedureVersion> versions) {
        ProcedureCatalogue.Builder catalogue = ProcedureCatalogue.builder();
        versions.forEach(version -> catalogue.add(version.procedure(), version.effectiveFrom()));
        return catalogue.build();
    }
}
