package io.github.motcua.evidence;

import io.github.motcua.unit.UnitLevel;
import java.util.Objects;

/**
 * Who or what a scorecard is about.
 *
 * @param kind a unit or an official
 * @param id the unit's code or the official's identifier, not blank
 * @param name the name shown in reports and rankings, not blank
 * @param level the administrative level of the unit, or of the official's unit; some criteria
 *     depend on it (TT 01/2018/TT-VPCP indicator 5)
 */
public record Subject(SubjectKind kind, String id, String name, UnitLevel level) {
    /**
     * Checks the components.
     *
     * @throws InvalidEvidenceException if the id or the name is blank
     *
     * @param kind a unit or an official
     * @param id the unit's code or the official's identifier, not blank
     * @param name the name shown in reports and rankings, not blank
     * @param level the administrative level of the unit, or of the official's unit; some criteria
     */
    public Subject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        if (id.isBlank() || name.isBlank()) {
            throw new InvalidEvidenceException(
                    "Subject",
                    id,
                    id.isBlank() ? "id" : "name",
                    "'" + (id.isBlank() ? id : name) + "'",
                    "must not be blank");
        }
    }

    /**
     * Obtains a unit subject.
     *
     * @param code the unit's code
     * @param name the unit's name
     * @param level the unit's level
     * @return the subject
     */
    public static Subject unit(String code, String name, UnitLevel level) {
        return new Subject(
                SubjectKind.UNIT,
                Objects.requireNonNull(code, "code"),
                Objects.requireNonNull(name, "name"),
                Objects.requireNonNull(level, "level"));
    }

    /**
     * Obtains an official subject.
     *
     * @param officialId the official's identifier, as in the handling steps
     * @param name the official's name
     * @param level the level of the official's unit
     * @return the subject
     */
    public static Subject official(String officialId, String name, UnitLevel level) {
        return new Subject(
                SubjectKind.OFFICIAL,
                Objects.requireNonNull(officialId, "officialId"),
                Objects.requireNonNull(name, "name"),
                Objects.requireNonNull(level, "level"));
    }
}
