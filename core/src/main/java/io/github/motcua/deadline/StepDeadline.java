package io.github.motcua.deadline;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The planned due date of one step of an inter-agency procedure: each step's allotted time counted
 * from the previous step's due date, the first from the receipt.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStepDeadline.class)
@JsonDeserialize(as = ImmutableStepDeadline.class)
public abstract class StepDeadline {
    StepDeadline() {}

    /**
     * Returns the step's identifier in the procedure.
     *
     * @return the step id
     */
    @Value.Parameter
    public abstract String stepId();

    /**
     * Returns the day by which the step is due.
     *
     * @return the due date
     */
    @Value.Parameter
    public abstract LocalDate dueDate();

    /**
     * Obtains a step deadline.
     *
     * @param stepId the step's identifier
     * @param dueDate its due date
     * @return the step deadline
     */
    public static StepDeadline of(String stepId, LocalDate dueDate) {
        return ImmutableStepDeadline.of(stepId, dueDate);
    }
}
