package io.github.motcua.procedure;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.motcua.InvalidValueException;
import io.github.motcua.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The field (lĩnh vực) a procedure belongs to, such as {@code Hộ tịch} (civil status); the rows
 * of the processing report (Biểu 06) are fields.
 *
 * <p>Two fields are equal when their codes and names are equal.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableField.class)
@JsonDeserialize(as = ImmutableField.class)
public abstract class Field {
    Field() {}

    /**
     * Returns the field's code in the national database or the province's catalogue.
     *
     * @return the code, not blank
     */
    @Value.Parameter
    public abstract String code();

    /**
     * Returns the field's name, in Vietnamese.
     *
     * @return the name, not blank
     */
    @Value.Parameter
    public abstract String name();

    /**
     * Obtains a field.
     *
     * @param code the code, not blank
     * @param name the name, not blank
     * @return the field
     * @throws InvalidValueException if the code or the name is blank
     */
    public static Field of(String code, String name) {
        return ImmutableField.of(code, name);
    }

    @Value.Check
    void check() {
        Checks.requireNonBlank("Field", code(), "code", code());
        Checks.requireNonBlank("Field", code(), "name", name());
    }
}
