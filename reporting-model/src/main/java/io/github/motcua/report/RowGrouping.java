package io.github.motcua.report;

import io.github.motcua.Language;
import io.github.motcua.VietnamTime;
import io.github.motcua.deadline.UnknownProcedureException;
import io.github.motcua.dossier.Channel;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.procedure.Field;
import io.github.motcua.procedure.ProcedureCatalogue;
import io.github.motcua.tally.Counted;
import io.github.motcua.timeliness.Attribution;
import io.github.motcua.unit.Succession;
import io.github.motcua.unit.Unit;
import io.github.motcua.unit.UnitDirectory;
import io.github.motcua.unit.UnitLevel;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The rows of a processing report: the row each counted dossier falls in and each row's label, for
 * one {@link Grouping}, from the master data that grouping needs.
 *
 * <pre>{@code
 * RowGrouping<UnitLevel> levels = RowGrouping.byLevel(Attribution.RESOLVING_UNIT, units, Language.VI);
 * ProcessingReport report = ProcessingReport.builder(code, name, period)
 *         .grouping(levels.grouping())
 *         .rows(counted, levels.key(), levels.label(), intervals)
 *         .build();
 * }</pre>
 *
 * <p>Rows are ordered by their keys: unit codes, field codes, levels from the highest, channels in
 * their declared order. This class is immutable and thread-safe; its functions may be called from
 * several threads at once, as a parallel read does.
 *
 * @param <K> the type of the rows' keys
 */
public final class RowGrouping<K extends Comparable<K>> {
    private final Grouping grouping;
    private final Function<Counted, K> key;
    private final Function<K, String> label;

    private RowGrouping(Grouping grouping, Function<Counted, K> key, Function<K, String> label) {
        this.grouping = grouping;
        this.key = key;
        this.label = label;
    }

    /**
     * Groups by unit: the unit a dossier counts for under the attribution, labelled with its name;
     * a dossier of a unit that ceased while it was in its hands counts under the successor
     * ({@link Succession#toSuccessor()}).
     *
     * @param attribution the unit a dossier counts for
     * @param units the units, whose names label the rows (several dated versions of one code are
     *     allowed); a unit not among them is labelled with its code
     * @return the grouping, keyed by unit code
     * @throws io.github.motcua.InvalidValueException if two versions of one unit overlap
     */
    public static RowGrouping<String> byUnit(Attribution attribution, Collection<Unit> units) {
        return byUnit(attribution, UnitDirectory.of(units), Succession.toSuccessor());
    }

    /**
     * Groups by unit under a succession policy: the unit that holds each dossier, labelled with the
     * name of its latest version.
     *
     * @param attribution the unit recorded on a dossier that it counts for
     * @param units the unit master data
     * @param succession where the dossiers of a unit that ceased go
     * @return the grouping, keyed by unit code
     */
    public static RowGrouping<String> byUnit(Attribution attribution, UnitDirectory units, Succession succession) {
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(succession, "succession");
        return new RowGrouping<>(Grouping.UNIT, counted -> holder(attribution, units, succession, counted), code -> {
            List<Unit> versions = units.versions(code);
            return versions.isEmpty() ? code : versions.get(versions.size() - 1).name();
        });
    }

    private static String holder(Attribution attribution, UnitDirectory units, Succession succession, Counted counted) {
        return succession.holder(units, attribution.unitOf(counted.dossier()), counted.dossier(), counted.reportDate());
    }

    /**
     * Groups by field (lĩnh vực): the field of the version of a dossier's procedure in force on its
     * day of receipt, labelled with its code and name, such as {@code HT Hộ tịch}. Where versions
     * of one field code carry different names, the first met labels the row.
     *
     * @param catalogue the procedures, with their fields
     * @return the grouping, keyed by field code
     */
    public static RowGrouping<String> byField(ProcedureCatalogue catalogue) {
        Objects.requireNonNull(catalogue, "catalogue");
        Map<String, Field> fields = new ConcurrentHashMap<>();
        return new RowGrouping<>(
                Grouping.FIELD,
                counted -> {
                    Dossier dossier = counted.dossier();
                    Field field = catalogue
                            .find(dossier.procedureCode(), VietnamTime.epochDayOf(dossier.receivedAt()))
                            .orElseThrow(() -> new UnknownProcedureException(
                                    dossier.id(), dossier.procedureCode(), dossier.receivedDate()))
                            .field();
                    fields.putIfAbsent(field.code(), field);
                    return field.code();
                },
                code -> {
                    Field field = Objects.requireNonNull(fields.get(code), code);
                    return field.code() + " " + field.name();
                });
    }

    /**
     * Groups by administrative level (cấp tỉnh, cấp huyện, cấp xã): the level of the unit a dossier
     * counts for, labelled in a language; a dossier of a unit that ceased while it was in its hands
     * counts under the successor's level ({@link Succession#toSuccessor()}).
     *
     * @param attribution the unit a dossier counts for
     * @param units the units, which give each unit's level (several dated versions of one code are
     *     allowed)
     * @param language the language of the labels
     * @return the grouping, keyed by level
     * @throws IllegalArgumentException if no unit is given, or two versions of one unit overlap;
     *     when rows are filled, if a dossier counts for a unit that is not among them
     */
    public static RowGrouping<UnitLevel> byLevel(Attribution attribution, Collection<Unit> units, Language language) {
        return byLevel(attribution, UnitDirectory.of(units), Succession.toSuccessor(), language);
    }

    /**
     * Groups by administrative level under a succession policy: the level of the version, in force
     * on the day that places the dossier ({@link Succession#day}), of the unit that holds it.
     *
     * @param attribution the unit recorded on a dossier that it counts for
     * @param units the unit master data
     * @param succession where the dossiers of a unit that ceased go
     * @param language the language of the labels
     * @return the grouping, keyed by level
     * @throws IllegalArgumentException if the directory is empty; when rows are filled, if a dossier
     *     counts for a unit that is not in it
     */
    public static RowGrouping<UnitLevel> byLevel(
            Attribution attribution, UnitDirectory units, Succession succession, Language language) {
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(succession, "succession");
        Labels labels = Labels.of(language);
        if (units.size() == 0) {
            throw new IllegalArgumentException("grouping by level needs the units, which give each unit's level");
        }
        return new RowGrouping<>(
                Grouping.LEVEL,
                counted -> {
                    LocalDate day = succession.day(counted.dossier(), counted.reportDate());
                    String code = succession.holderOn(units, attribution.unitOf(counted.dossier()), day);
                    List<Unit> versions = units.versions(code);
                    if (versions.isEmpty()) {
                        throw new IllegalArgumentException(
                                "dossier " + counted.dossier().id() + " counts for unit " + code
                                        + ", which is not among the units that give each unit's level");
                    }
                    return units.inForce(code, day)
                            .orElse(versions.get(versions.size() - 1))
                            .level();
                },
                labels::level);
    }

    /**
     * Groups by channel of receipt, labelled in a language.
     *
     * @param language the language of the labels
     * @return the grouping, keyed by channel
     */
    public static RowGrouping<Channel> byChannel(Language language) {
        return new RowGrouping<>(
                Grouping.CHANNEL, counted -> counted.dossier().channel(), Labels.of(language)::channel);
    }

    /**
     * Returns what the rows are.
     *
     * @return the grouping
     */
    public Grouping grouping() {
        return grouping;
    }

    /**
     * Returns the row a counted dossier falls in.
     *
     * @return the key of each counted dossier's row
     */
    public Function<Counted, K> key() {
        return key;
    }

    /**
     * Returns the label of a row.
     *
     * @return the label of each key
     */
    public Function<K, String> label() {
        return label;
    }
}
