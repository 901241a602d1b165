package io.github.motcua.format;

import io.github.motcua.procedure.Procedure;
import java.time.LocalDate;
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
}
