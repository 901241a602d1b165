package io.github.motcua.report;

import io.github.motcua.Language;
import io.github.motcua.procedure.ProcedureCatalogue;
import io.github.motcua.timeliness.Attribution;
import io.github.motcua.unit.Succession;
import io.github.motcua.unit.Unit;
import io.github.motcua.unit.UnitDirectory;
import java.util.Collection;

/** What the rows of a processing report are; {@link #rows} gives each dossier's row and each row's label. */
public enum Grouping {
    /** One row per field of procedures (lĩnh vực), as Biểu 06 of one unit. */
    FIELD,
    /** One row per unit, in consolidated reports. */
    UNIT,
    /** One row per administrative level (cấp huyện, cấp xã), in consolidated reports. */
    LEVEL,
    /** One row per channel of receipt. */
    CHANNEL;

    /**
     * Returns the rows of this grouping, from the master data: the units for {@link #UNIT} and
     * {@link #LEVEL}, the catalogue for {@link #FIELD}; the language for the labels of levels and
     * channels.
     *
     * @param attribution the unit a dossier counts for
     * @param units the units, which give each unit's name and level; may be empty unless by level
     * @param catalogue the procedures, which give each dossier's field
     * @param language the language of the labels
     * @return the rows, as {@link RowGrouping#byField}, {@link RowGrouping#byUnit},
     *     {@link RowGrouping#byLevel} or {@link RowGrouping#byChannel} give them
     * @throws IllegalArgumentException if grouping by level without units
     */
    public RowGrouping<?> rows(
            Attribution attribution, Collection<Unit> units, ProcedureCatalogue catalogue, Language language) {
        return rows(attribution, UnitDirectory.of(units), Succession.toSuccessor(), catalogue, language);
    }

    /**
     * Returns the rows of this grouping under a succession policy for units that ceased, such as a
     * roll-up to the map of 1 July 2025 ({@link Succession#asMap}).
     *
     * @param attribution the unit recorded on a dossier that it counts for
     * @param units the unit master data; may be empty unless by level
     * @param succession where the dossiers of a unit that ceased go, by unit and by level
     * @param catalogue the procedures, which give each dossier's field
     * @param language the language of the labels
     * @return the rows
     * @throws IllegalArgumentException if grouping by level without units
     */
    public RowGrouping<?> rows(
            Attribution attribution,
            UnitDirectory units,
            Succession succession,
            ProcedureCatalogue catalogue,
            Language language) {
        return switch (this) {
            case FIELD -> RowGrouping.byField(catalogue);
            case UNIT -> RowGrouping.byUnit(attribution, units, succession);
            case LEVEL -> RowGrouping.byLevel(attribution, units, succession, language);
            case CHANNEL -> RowGrouping.byChannel(language);
        };
    }
}
