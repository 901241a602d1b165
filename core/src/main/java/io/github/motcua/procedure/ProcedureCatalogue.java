package io.github.motcua.procedure;

import io.github.motcua.InvalidValueException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The procedures a body handles, each with the versions in force over time: provinces shorten
 * processing times, and a dossier uses the version in force on the day it was received.
 *
 * <pre>{@code
 * ProcedureCatalogue catalogue = ProcedureCatalogue.builder()
 *         .add(landRegistration, LocalDate.of(2013, 5, 1))
 *         .add(landRegistrationShortened, LocalDate.of(2024, 1, 1))
 *         .build();
 * catalogue.find("1.004227", LocalDate.of(2023, 6, 1));   // the first version
 * }</pre>
 *
 * <p>A version is in force from its effective date until the next version of the same code takes
 * over. This class is immutable and thread-safe.
 */
public final class ProcedureCatalogue {
    private final Map<String, TreeMap<LocalDate, Procedure>> versions;

    private ProcedureCatalogue(Map<String, TreeMap<LocalDate, Procedure>> versions) {
        this.versions = versions;
    }

    /**
     * Returns a new builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the version of a procedure in force on a day.
     *
     * @param code the procedure's code
     * @param date the day, usually the day a dossier was received
     * @return the procedure, or empty when the catalogue has no version of that code in force then
     */
    public Optional<Procedure> find(String code, LocalDate date) {
        Objects.requireNonNull(date, "date");
        TreeMap<LocalDate, Procedure> byDate = versions.get(Objects.requireNonNull(code, "code"));
        return Optional.ofNullable(byDate).map(map -> map.floorEntry(date)).map(Map.Entry::getValue);
    }

    /** Builds catalogues; versions may be added in any order. */
    public static final class Builder {
        private final Map<String, TreeMap<LocalDate, Procedure>> versions = new HashMap<>();

        Builder() {}

        /**
         * Adds a version of a procedure.
         *
         * @param procedure the procedure as in force from {@code effectiveFrom}
         * @param effectiveFrom the first day the version is in force
         * @return this builder
         * @throws InvalidValueException if the same code already has a version from that day
         */
        public Builder add(Procedure procedure, LocalDate effectiveFrom) {
            Objects.requireNonNull(effectiveFrom, "effectiveFrom");
            Procedure previous = versions.computeIfAbsent(procedure.code(), code -> new TreeMap<>())
                    .putIfAbsent(effectiveFrom, procedure);
            if (previous != null) {
                throw new InvalidValueException(
                        "ProcedureCatalogue",
                        procedure.code(),
                        "effectiveFrom",
                        effectiveFrom.toString(),
                        "the procedure already has a version in force from that day");
            }
            return this;
        }

        /**
         * Builds the catalogue.
         *
         * @return the catalogue
         */
        public ProcedureCatalogue build() {
            Map<String, TreeMap<LocalDate, Procedure>> copy = new HashMap<>();
            versions.forEach((code, byDate) -> copy.put(code, new TreeMap<>(byDate)));
            return new ProcedureCatalogue(copy);
        }
    }
}
