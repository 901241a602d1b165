package io.github.motcua.unit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.motcua.InvalidValueException;
import io.github.motcua.core.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A body that receives or resolves dossiers, as one version of the unit master data.
 *
 * <pre>{@code
 * Unit commune = Unit.builder()
 *         .code("14.100.0001")
 *         .name("UBND xã Muổi Nọi")
 *         .level(UnitLevel.COMMUNE)
 *         .kind(UnitKind.PEOPLES_COMMITTEE)
 *         .parentCode("14.100")
 *         .effectiveFrom(LocalDate.of(2013, 5, 1))
 *         .effectiveUntil(LocalDate.of(2025, 6, 30))
 *         .build();
 * }</pre>
 *
 * <p>A unit is effective from {@link #effectiveFrom()} to {@link #effectiveUntil()}, both
 * inclusive. A unit created by a merger lists the units it replaces in
 * {@link #predecessorCodes()}. Rules checked when it is built: code and name not blank; the unit
 * is neither its own parent nor its own predecessor; predecessor codes distinct; the effective
 * period does not end before it starts.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUnit.class)
@JsonDeserialize(as = ImmutableUnit.class)
public abstract class Unit {
    private static final String TYPE = "Unit";

    Unit() {}

    /**
     * Returns the unit's code, unique in the master data at any date.
     *
     * @return the code, not blank
     */
    public abstract String code();

    /**
     * Returns the unit's name, in Vietnamese, such as {@code UBND huyện Thuận Châu}.
     *
     * @return the name, not blank
     */
    public abstract String name();

    /**
     * Returns the unit's administrative level.
     *
     * @return the level
     */
    public abstract UnitLevel level();

    /**
     * Returns what kind of body the unit is.
     *
     * @return the kind
     */
    public abstract UnitKind kind();

    /**
     * Returns the code of the unit this one belongs to, such as a commune's district.
     *
     * @return the parent's code, or empty for a top-level unit
     */
    public abstract Optional<String> parentCode();

    /**
     * Returns the first day the unit exists in this form.
     *
     * @return the first effective day, inclusive
     */
    public abstract LocalDate effectiveFrom();

    /**
     * Returns the last day the unit exists in this form.
     *
     * @return the last effective day, inclusive, or empty while the unit exists
     */
    public abstract Optional<LocalDate> effectiveUntil();

    /**
     * Returns the codes of the units this one replaces, such as the communes merged into it.
     *
     * @return the predecessors' codes, distinct; empty when the unit replaces none
     */
    public abstract List<String> predecessorCodes();

    /**
     * Tells whether the unit exists in this form on a date.
     *
     * @param date the date, not null
     * @return true if {@code date} lies between {@link #effectiveFrom()} and
     *     {@link #effectiveUntil()}, both inclusive
     */
    public boolean isEffectiveOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(effectiveFrom())
                && effectiveUntil().map(until -> !date.isAfter(until)).orElse(true);
    }

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
        if (parentCode().filter(code()::equals).isPresent()) {
            throw new InvalidValueException(TYPE, code(), "parentCode", code(), "a unit cannot be its own parent");
        }
        Checks.requireDistinctNonBlank(TYPE, code(), "predecessorCodes", predecessorCodes());
        if (predecessorCodes().contains(code())) {
            throw new InvalidValueException(
                    TYPE, code(), "predecessorCodes", code(), "a unit cannot be its own predecessor");
        }
        effectiveUntil().filter(until -> until.isBefore(effectiveFrom())).ifPresent(until -> {
            throw new InvalidValueException(
                    TYPE,
                    code(),
                    "effectiveUntil",
                    until.toString(),
                    "must not be before effectiveFrom (" + effectiveFrom() + ")");
        });
    }

    /** Builds units; code, name, level, kind and effectiveFrom are required. */
    public static final class Builder extends ImmutableUnit.Builder {
        /** Creates an empty builder; {@link Unit#builder()} does the same. */
        public Builder() {}
    }
}
