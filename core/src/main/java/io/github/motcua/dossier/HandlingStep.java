package io.github.motcua.dossier;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.motcua.core.internal.Checks;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One step of a dossier's processing: which unit and which official handled it, and when.
 *
 * <p>Steps let the library score officials (TT 01/2018/TT-VPCP Điều 13) and compare each unit's
 * time with its allotment (indicator 2). The {@link #stepId()} matches a
 * {@code ProcedureStep} of the procedure where the procedure defines steps. A step may start
 * before the dossier's receipt (an online dossier checked before it is accepted); that it is not
 * completed before it starts is checked when the {@link Dossier} is built.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHandlingStep.class)
@JsonDeserialize(as = ImmutableHandlingStep.class)
public abstract class HandlingStep {
    HandlingStep() {}

    /**
     * Returns the step's identifier, such as {@code RECEIPT} or a procedure step's id.
     *
     * @return the identifier, not blank
     */
    public abstract String stepId();

    /**
     * Returns the code of the unit that performed the step.
     *
     * @return the unit code, not blank
     */
    public abstract String unitCode();

    /**
     * Returns the identifier of the official who performed the step.
     *
     * @return the official's identifier, not blank
     */
    public abstract String officialId();

    /**
     * Returns the official's name, where recorded.
     *
     * @return the name, or empty
     */
    public abstract Optional<String> officialName();

    /**
     * Returns when the step started.
     *
     * @return the start instant
     */
    public abstract Instant startedAt();

    /**
     * Returns when the step was completed.
     *
     * @return the completion instant, or empty while the step is in progress
     */
    public abstract Optional<Instant> completedAt();

    /**
     * Returns a new builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks.requireNonBlank("HandlingStep", stepId(), "stepId", stepId());
        Checks.requireNonBlank("HandlingStep", stepId(), "unitCode", unitCode());
        Checks.requireNonBlank("HandlingStep", stepId(), "officialId", officialId());
    }

    /** Builds handling steps; all attributes but the name and completion are required. */
    public static final class Builder extends ImmutableHandlingStep.Builder {
        /** Creates an empty builder; {@link HandlingStep#builder()} does the same. */
        public Builder() {}
    }
}
