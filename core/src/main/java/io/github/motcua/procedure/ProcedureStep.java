package io.github.motcua.procedure;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.motcua.InvalidValueException;
import io.github.motcua.core.internal.Checks;
import org.immutables.value.Value;

/**
 * One step of an inter-agency procedure (thủ tục liên thông) and the time allotted to it.
 *
 * <p>TT 01/2018/TT-VPCP indicator 2 compares the time each participating unit took with its
 * allotment, so each step has an identifier that a dossier's handling steps refer to.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProcedureStep.class)
@JsonDeserialize(as = ImmutableProcedureStep.class)
public abstract class ProcedureStep {
    ProcedureStep() {}

    /**
     * Returns the step's identifier, unique within its procedure.
     *
     * @return the identifier, not blank
     */
    @Value.Parameter
    public abstract String id();

    /**
     * Returns what the step is and who performs it, in Vietnamese, such as
     * {@code Phòng Tư pháp thẩm định}.
     *
     * @return the description, not blank
     */
    @Value.Parameter
    public abstract String name();

    /**
     * Returns the time allotted to the step.
     *
     * @return the allotted time
     */
    @Value.Parameter
    public abstract ProcessingTime allottedTime();

    /**
     * Obtains a step.
     *
     * @param id the identifier, not blank
     * @param name the description, not blank
     * @param allottedTime the time allotted to the step
     * @return the step
     * @throws InvalidValueException if the identifier or the name is blank
     */
    public static ProcedureStep of(String id, String name, ProcessingTime allottedTime) {
        return ImmutableProcedureStep.of(id, name, allottedTime);
    }

    @Value.Check
    void check() {
        Checks.requireNonBlank("ProcedureStep", id(), "id", id());
        Checks.requireNonBlank("ProcedureStep", id(), "name", name());
    }
}
