package io.github.motcua.unit;

import io.github.motcua.InvalidValueException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The unit master data with its history: each code may have several dated versions (name, level,
 * parent), which never overlap, and a unit created by a merger names the units it replaces. It
 * answers which version of a unit was in force on a day and which unit took over from one that
 * ceased, as the two-level local government of 1 July 2025 needs (docs/rules.md §8).
 *
 * <pre>{@code
 * UnitDirectory units = UnitDirectory.of(versions);
 * units.inForce("14.100", LocalDate.of(2025, 6, 30));   // the district, until its last day
 * units.successorsOf("14.100.0001");                  // the merged communes that name it
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UnitDirectory {
    private static final String TYPE = "UnitDirectory";

    private final Map<String, List<Unit>> versions;

    /** For each unit, the codes of the units that name it among their predecessors. */
    private final Map<String, List<String>> successors;

    private UnitDirectory(Map<String, List<Unit>> versions) {
        this.versions = versions;
        Map<String, List<String>> named = new LinkedHashMap<>();
        versions.forEach((code, list) -> list.stream()
                .flatMap(unit -> unit.predecessorCodes().stream())
                .distinct()
                .forEach(predecessor -> named.computeIfAbsent(predecessor, key -> new ArrayList<>())
                        .add(code)));
        named.replaceAll((code, list) -> List.copyOf(list));
        this.successors = named;
    }

    /**
     * Obtains the directory of some unit versions.
     *
     * @param units the versions, in any order
     * @return the directory
     * @throws InvalidValueException if two versions of one code overlap, naming both
     */
    public static UnitDirectory of(Collection<Unit> units) {
        Map<String, List<Unit>> byCode = new LinkedHashMap<>();
        for (Unit unit : units) {
            byCode.computeIfAbsent(unit.code(), code -> new ArrayList<>()).add(unit);
        }
        byCode.replaceAll((code, list) -> {
            List<Unit> sorted = new ArrayList<>(list);
            sorted.sort(Comparator.comparing(Unit::effectiveFrom));
            for (int i = 1; i < sorted.size(); i++) {
                overlap(sorted.get(i - 1), sorted.get(i)).ifPresent(message -> {
                    throw new InvalidValueException(TYPE, code, "effectiveFrom", code, message);
                });
            }
            return List.copyOf(sorted);
        });
        return new UnitDirectory(byCode);
    }

    /**
     * Says how two versions of one unit overlap, for a reader that names the lines they came from.
     *
     * @param earlier a version
     * @param later a version of the same code that starts on or after the first's start
     * @return the rule broken, or empty when the later version starts after the earlier one ends
     */
    public static Optional<String> overlap(Unit earlier, Unit later) {
        boolean overlaps = earlier.effectiveUntil()
                .map(until -> !later.effectiveFrom().isAfter(until))
                .orElse(true);
        return overlaps
                ? Optional.of("the version from " + later.effectiveFrom() + " overlaps the version from "
                        + earlier.effectiveFrom()
                        + earlier.effectiveUntil().map(until -> " to " + until).orElse("")
                        + "; versions of one unit must not overlap")
                : Optional.empty();
    }

    /**
     * Returns every version of every unit, each code's in date order.
     *
     * @return the versions
     */
    public List<Unit> versions() {
        return versions.values().stream().flatMap(List::stream).toList();
    }

    /**
     * Returns the versions of one unit in date order.
     *
     * @param code the unit's code
     * @return its versions; empty for an unknown code
     */
    public List<Unit> versions(String code) {
        return versions.getOrDefault(Objects.requireNonNull(code, "code"), List.of());
    }

    /**
     * Returns the version of a unit in force on a day.
     *
     * @param code the unit's code
     * @param date the day
     * @return the version, or empty when the code is unknown or no version is in force that day
     */
    public Optional<Unit> inForce(String code, LocalDate date) {
        for (Unit unit : versions(code)) {
            if (unit.isEffectiveOn(date)) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the day after a unit's last version ends, when it has ceased.
     *
     * @param code the unit's code
     * @return the first day it no longer exists, or empty while it exists (or for an unknown code)
     */
    public Optional<LocalDate> ceasedOn(String code) {
        List<Unit> known = versions(code);
        return known.isEmpty()
                ? Optional.empty()
                : known.get(known.size() - 1).effectiveUntil().map(until -> until.plusDays(1));
    }

    /**
     * Returns the units that name a unit among their predecessors.
     *
     * @param code the predecessor's code
     * @return the successors' codes, in the directory's order; empty when none names it
     */
    public List<String> successorsOf(String code) {
        return successors.getOrDefault(Objects.requireNonNull(code, "code"), List.of());
    }

    /**
     * Returns the unit that holds a unit's work on a day: the unit itself while it exists, else the
     * successor that names it and has begun by that day, followed through every merger since. A
     * unit that ceased and whose successors have not begun yet keeps its work.
     *
     * @param code the unit's code
     * @param date the day
     * @param choices for a unit that several successors name, which one takes its dossiers (a
     *     mapping file); may be empty
     * @return the code of the unit that holds the work that day
     * @throws AmbiguousSuccessorException if several successors that have begun name a ceased unit
     *     and no choice says which one takes over
     * @throws InvalidValueException if a choice names a unit that does not name the ceased unit
     *     among its predecessors
     */
    public String holderOn(String code, LocalDate date, Map<String, String> choices) {
        String holder = code;
        for (int step = 0; step <= versions.size(); step++) {
            Optional<LocalDate> ceased = ceasedOn(holder);
            if (ceased.isEmpty() || date.isBefore(ceased.get())) {
                return holder;
            }
            String next = successorOn(holder, date, choices);
            if (next == null) {
                return holder;
            }
            holder = next;
        }
        throw new InvalidValueException(TYPE, code, "predecessorCodes", code, "the successors form a cycle");
    }

    /** The successor of a ceased unit on a day, the chosen one if any; null when none has begun. */
    private @Nullable String successorOn(String ceased, LocalDate date, Map<String, String> choices) {
        List<String> named = successorsOf(ceased);
        String chosen = choices.get(ceased);
        if (chosen != null) {
            requireSuccessor(ceased, chosen);
            return begun(chosen, date) ? chosen : null;
        }
        List<String> begun =
                named.stream().filter(successor -> begun(successor, date)).toList();
        if (begun.size() > 1) {
            throw new AmbiguousSuccessorException(ceased, begun);
        }
        return begun.isEmpty() ? null : begun.get(0);
    }

    private boolean begun(String code, LocalDate date) {
        List<Unit> known = versions(code);
        return !known.isEmpty() && !known.get(0).effectiveFrom().isAfter(date);
    }

    /**
     * Checks that a unit names another among its predecessors, as a successor chosen for it must.
     *
     * @param ceased the ceased unit's code
     * @param successor the code of the unit chosen to take its dossiers
     * @throws InvalidValueException if the successor does not name the ceased unit, naming the units
     *     that do
     */
    public void requireSuccessor(String ceased, String successor) {
        List<String> named = successorsOf(ceased);
        if (!named.contains(successor)) {
            throw new InvalidValueException(
                    TYPE,
                    ceased,
                    "successor",
                    successor,
                    "the successor chosen for " + ceased + " must name it among its predecessors; "
                            + (named.isEmpty() ? "no unit does" : "these do: " + String.join(", ", named)));
        }
    }

    /**
     * Returns the number of unit codes.
     *
     * @return the codes known
     */
    public int size() {
        return versions.size();
    }

    @Override
    public String toString() {
        return "UnitDirectory[" + versions.size() + " units]";
    }
}
