package io.github.motcua.deadline;

import io.github.motcua.InvalidValueException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Thrown when a dossier names a procedure that the catalogue has no version of on the day the
 * dossier was received: its deadline cannot be computed, and guessing would change official
 * figures.
 */
public class UnknownProcedureException extends InvalidValueException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param dossierId the dossier's id
     * @param procedureCode the procedure code it names
     * @param receiptDate the day it was received
     */
    public UnknownProcedureException(String dossierId, String procedureCode, LocalDate receiptDate) {
        super(
                "Dossier",
                dossierId,
                "procedureCode",
                procedureCode,
                "the procedure catalogue has no version of this procedure in force on "
                        + Objects.requireNonNull(receiptDate, "receiptDate"));
    }
}
