package io.github.motcua.procedure;

import io.github.motcua.InvalidValueException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

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
    private final Map<String, Versions> versions;

    private ProcedureCatalogue(Map<String, Versions> versions) {
        this.versions = versions;
    }

    /** A code's versions in order of their first days, as epoch days. */
    private record Versions(long[] from, Procedure[] procedures) {
        static Versions of(TreeMap<LocalDate, Procedure> byDate) {
            return new Versions(
                    byDate.keySet().stream().mapToLong(LocalDate::toEpochDay).toArray(),
                    byDate.values().toArray(Procedure[]::new));
        }

        @Nullable
        Procedure inForceOn(long epochDay) {
            for (int i = from.length - 1; i >= 0; i--) { // few versions: the latest first
                if (from[i] <= epochDay) {
                    return procedures[i];
                }
            }
            return null;
        }
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
        return find(code, Objects.requireNonNull(date, "date").toEpochDay());
    }

    /**
     * Returns the version of a procedure in force on a day given as an epoch day, as {@link
     * #find(String, LocalDate)} does, without building a date: the form for paths that count
     * millions of dossiers.
     *
     * @param code the procedure's code
     * @param epochDay the day, as {@link LocalDate#toEpochDay()} gives it
     * @return the procedure, or empty when the catalogue has no version of that code in force then
     */
    public Optional<Procedure> find(String code, long epochDay) {
        Versions byDay = versions.get(Objects.requireNonNull(code, "code"));
        return Optional.ofNullable(byDay == null ? null : byDay.inForceOn(epochDay));
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
            Map<String, Versions> copy = new HashMap<>();
            versions.forEach((code, byDate) -> copy.put(code, Versions.of(byDate)));
            return new ProcedureCatalogue(copy);
        }
    }
}
