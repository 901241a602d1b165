package io.github.motcua.deadline;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.motcua.procedure.ProcessingTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A dossier's deadline and everything that produced it: the legal edition, the policies, the
 * processing time, the instant the clock started, the due date, and the findings.
 *
 * <p>The due date is the reference for timeliness. An extension with apology does not move it: the
 * promised date is kept beside it, to check that the promise was kept (docs/rules.md §2.4). While
 * the body waits for the applicant to answer a supplement request the clock is stopped and there is
 * no due date: {@link #dueDate()} is empty and {@link #awaitingApplicant()} is true.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDeadline.class)
@JsonDeserialize(as = ImmutableDeadline.class)
public abstract class Deadline {
    Deadline() {}

    /**
     * Returns the dossier's identifier.
     *
     * @return the dossier id
     */
    public abstract String dossierId();

    /**
     * Returns the code of the procedure whose processing time applies.
     *
     * @return the procedure code
     */
    public abstract String procedureCode();

    /**
     * Returns the decree whose rules applied.
     *
     * @return the legal edition
     */
    public abstract LegalEdition edition();

    /**
     * Returns the supplement policy that applied.
     *
     * @return the policy
     */
    public abstract SupplementPolicy supplementPolicy();

    /**
     * Returns the processing time of the procedure version in force at the receipt.
     *
     * @return the processing time
     */
    public abstract ProcessingTime processingTime();

    /**
     * Returns the instant the processing time is counted from: the receipt, moved to the start of
     * the next working session when it is outside working hours or on a day off, and to the next
     * working day's first session after a cut-off; or, the same way, the answer to the last
     * supplement request that moved the clock under {@link SupplementPolicy#RESTART}.
     *
     * @return the clock's start
     */
    public abstract Instant clockStart();

    /**
     * Returns the due date from the receipt alone, before any supplement request: the date that
     * should be printed on the receipt.
     *
     * @return the original due date
     */
    public abstract LocalDate originalDueDate();

    /**
     * Returns the due date, the reference for timeliness.
     *
     * @return the due date, or empty while the body waits for the applicant
     */
    public abstract Optional<LocalDate> dueDate();

    /**
     * Returns the due instant: the end of the due date's working hours, or for a procedure in working
     * hours the instant its hours run out.
     *
     * @return the due instant, or empty while the body waits for the applicant
     */
    public abstract Optional<Instant> dueInstant();

    /**
     * Returns the date promised by the last extension with apology.
     *
     * @return the promised date, or empty when the dossier was not extended
     */
    public abstract Optional<LocalDate> promisedDate();

    /**
     * Returns the planned due dates of an inter-agency procedure's steps.
     *
     * @return the steps' due dates in order; empty for a procedure without steps
     */
    public abstract List<StepDeadline> steps();

    /**
     * Returns what the rules found wrong or disagreeing in the record.
     *
     * @return the findings; empty when there are none
     */
    public abstract List<DeadlineFinding> findings();

    /**
     * Tells whether the clock is stopped, waiting for the applicant to answer a supplement request.
     *
     * @return true when there is no due date for that reason
     */
    public boolean awaitingApplicant() {
        return dueDate().isEmpty();
    }

    static ImmutableDeadline.Builder builder() {
        return ImmutableDeadline.builder();
    }
}
