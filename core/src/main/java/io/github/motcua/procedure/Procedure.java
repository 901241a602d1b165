package io.github.motcua.procedure;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.motcua.InvalidValueException;
import io.github.motcua.core.internal.Checks;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An administrative procedure (thủ tục hành chính): its code in the national database, its
 * field, its legal processing time and, for inter-agency procedures, its steps.
 *
 * <pre>{@code
 * Procedure birth = Procedure.builder()
 *         .code("1.001193")
 *         .name("Thủ tục đăng ký khai sinh")
 *         .field(Field.of("HT", "Hộ tịch"))
 *         .processingTime(ProcessingTime.sameDay())
 *         .build();
 * }</pre>
 *
 * <p>Rules checked when it is built: the code and the name are not blank; step identifiers are
 * distinct; the times allotted to the steps that are counted in the procedure's own unit add up
 * to no more than the procedure's processing time. Provinces may shorten processing times; a
 * procedure value is one version, and the catalogue that dates versions lives with the deadline
 * rules.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProcedure.class)
@JsonDeserialize(as = ImmutableProcedure.class)
public abstract class Procedure {
    private static final String TYPE = "Procedure";

    Procedure() {}

    /**
     * Returns the procedure's code in the national database of administrative procedures, such as
     * {@code 1.001612}, or a province's own code.
     *
     * @return the code, not blank
     */
    public abstract String code();

    /**
     * Returns the procedure's name, in Vietnamese.
     *
     * @return the name, not blank
     */
    public abstract String name();

    /**
     * Returns the field the procedure belongs to.
     *
     * @return the field
     */
    public abstract Field field();

    /**
     * Returns the legal processing time.
     *
     * @return the processing time
     */
    public abstract ProcessingTime processingTime();

    /**
     * Returns the steps of an inter-agency procedure, in order.
     *
     * @return the steps; empty for a procedure resolved by one body
     */
    public abstract List<ProcedureStep> steps();

    /**
     * Returns the cut-off time of day after which a dossier counts as received on the next working
     * day, where the procedure has one.
     *
     * @return the cut-off time, or empty when the procedure has none (the default)
     */
    public abstract Optional<LocalTime> cutOffTime();

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
        Checks.requireCode(TYPE, code(), "code", code());
        Checks.requireNonBlank(TYPE, code(), "name", name());
        Checks.requireDistinctNonBlank(
                TYPE,
                code(),
                "steps.id",
                steps().stream().map(ProcedureStep::id).toList());
        ProcessingTimeUnit unit = processingTime().unit();
        int allotted = steps().stream()
                .map(ProcedureStep::allottedTime)
                .filter(time -> time.unit() == unit)
                .mapToInt(ProcessingTime::amount)
                .sum();
        if (allotted > processingTime().amount()) {
            throw new InvalidValueException(
                    TYPE,
                    code(),
                    "steps.allottedTime",
                    allotted + " " + unit,
                    "the steps' allotted times must not exceed the processing time " + processingTime());
        }
    }

    /** Builds procedures; every attribute but the steps and the cut-off time is required. */
    public static final class Builder extends ImmutableProcedure.Builder {
        /** Creates an empty builder; {@link Procedure#builder()} does the same. */
        public Builder() {}
    }
}
