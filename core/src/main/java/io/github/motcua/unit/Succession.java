package io.github.motcua.unit;

import io.github.motcua.VietnamTime;
import io.github.motcua.dossier.Dossier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which unit a dossier counts under when its unit ceased, as units did when the district level
 * ended and communes merged on 1 July 2025 (docs/rules.md §8). A named policy:
 *
 * <ul>
 *   <li>{@link #toSuccessor()} (the default): a unit that ceased while the dossier was in its hands
 *       passes it to the successor that names it among its predecessors, from the day after it
 *       ceased; a dossier that left its hands before stays with it.
 *   <li>{@link #recorded()}: every dossier counts under the unit recorded on it.
 *   <li>{@link #asMap(LocalDate)}: every dossier counts under the unit that holds its unit's work on
 *       one day, the map of that day, such as the two-level map of 1 July 2025. The roll-up only
 *       goes forward: a unit created after that day keeps its own dossiers.
 * </ul>
 *
 * <p>Where several units name a ceased unit, the choices ({@link #withChoices}) say which one takes
 * its dossiers; without one the dossier cannot be placed ({@link AmbiguousSuccessorException}).
 *
 * <pre>{@code
 * String unit = Succession.toSuccessor().holder(units, dossier, reportDate);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Succession {
    private final Optional<LocalDate> mapDate;
    private final boolean follow;
    private final Map<String, String> choices;

    private Succession(Optional<LocalDate> mapDate, boolean follow, Map<String, String> choices) {
        this.mapDate = mapDate;
        this.follow = follow;
        this.choices = Map.copyOf(choices);
    }

    /**
     * Returns the default policy: a dossier still in a ceased unit's hands passes to its successor.
     *
     * @return the policy
     */
    public static Succession toSuccessor() {
        return new Succession(Optional.empty(), true, Map.of());
    }

    /**
     * Returns the policy that keeps every dossier under the unit recorded on it.
     *
     * @return the policy
     */
    public static Succession recorded() {
        return new Succession(Optional.empty(), false, Map.of());
    }

    /**
     * Returns the policy that rolls every dossier up to the map of one day.
     *
     * @param date the day of the map, such as 1 July 2025
     * @return the policy
     */
    public static Succession asMap(LocalDate date) {
        return new Succession(Optional.of(Objects.requireNonNull(date, "date")), true, Map.of());
    }

    /**
     * Returns this policy with the successor chosen for ceased units that several units name.
     *
     * @param choices from a ceased unit's code to the code of the successor that takes its dossiers
     * @return the policy with the choices
     */
    public Succession withChoices(Map<String, String> choices) {
        return new Succession(mapDate, follow, choices);
    }

    /**
     * Checks the choices against the unit master data: each chosen successor must name its ceased
     * unit among its predecessors.
     *
     * @param units the unit master data
     * @throws io.github.motcua.InvalidValueException naming the first choice that does not
     */
    public void requireChoicesIn(UnitDirectory units) {
        choices.forEach(units::requireSuccessor);
    }

    /**
     * Returns the day of the map every dossier is rolled up to, under {@link #asMap}.
     *
     * @return the day, or empty for the other policies
     */
    public Optional<LocalDate> mapDate() {
        return mapDate;
    }

    /**
     * Returns the code of the unit a dossier counts under.
     *
     * @param units the unit master data
     * @param unitCode the unit recorded on the dossier (receiving or resolving, as attributed)
     * @param dossier the dossier
     * @param reportDate the report date
     * @return the unit's code
     * @throws AmbiguousSuccessorException if the dossier passes from a unit that several units name
     *     and no choice says which one takes it
     */
    public String holder(UnitDirectory units, String unitCode, Dossier dossier, LocalDate reportDate) {
        return holderOn(units, unitCode, day(dossier, reportDate));
    }

    /**
     * Returns the code of the unit a dossier of a unit counts under, placed on a day (the one
     * {@link #day} gives).
     *
     * @param units the unit master data
     * @param unitCode the unit recorded on the dossier
     * @param day the day that places the dossier
     * @return the unit's code
     * @throws AmbiguousSuccessorException if several successors that have begun name a ceased unit
     *     and no choice says which one takes over
     */
    public String holderOn(UnitDirectory units, String unitCode, LocalDate day) {
        return follow ? units.holderOn(unitCode, day, choices) : unitCode;
    }

    /**
     * Returns the day whose map places a dossier: the map's day under {@link #asMap}; otherwise the
     * day the dossier left its unit's hands, its result ready (else returned) when that is by the
     * report date, or else the report date.
     *
     * @param dossier the dossier
     * @param reportDate the report date
     * @return the day
     */
    public LocalDate day(Dossier dossier, LocalDate reportDate) {
        return mapDate.orElseGet(() -> leftHands(dossier, reportDate));
    }

    private static LocalDate leftHands(Dossier dossier, LocalDate reportDate) {
        Optional<Instant> end = dossier.resultReadyAt().or(dossier::returnedAt);
        return end.map(VietnamTime::dateOf)
                .filter(day -> !day.isAfter(reportDate))
                .orElse(reportDate);
    }

    @Override
    public String toString() {
        return follow
                ? mapDate.map(date -> "Succession[as map " + date + "]").orElse("Succession[to successor]")
                : "Succession[recorded]";
    }
}
