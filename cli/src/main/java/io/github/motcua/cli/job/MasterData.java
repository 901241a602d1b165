package io.github.motcua.cli.job;

import io.github.motcua.excusal.ExcusalInterval;
import io.github.motcua.io.JsonLinesReader;
import io.github.motcua.io.MalformedFileException;
import io.github.motcua.io.ProcedureVersion;
import io.github.motcua.io.RejectedRecordException;
import io.github.motcua.procedure.ProcedureCatalogue;
import io.github.motcua.unit.UnitDirectory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The master data that deadlines and reports need, read strictly from its files: the units (none
 * without a file), the procedures' versions and the excusal intervals (none without a file).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MasterData {
    private final UnitDirectory units;
    private final List<ProcedureVersion> procedures;
    private final List<ExcusalInterval> excusals;
    private final ProcedureCatalogue catalogue;
    private final List<String> procedureCodes;

    private MasterData(UnitDirectory units, List<ProcedureVersion> procedures, List<ExcusalInterval> excusals) {
        this.units = units;
        this.procedures = List.copyOf(procedures);
        this.excusals = List.copyOf(excusals);
        this.catalogue = ProcedureVersion.catalogue(procedures);
        this.procedureCodes =
                procedures.stream().map(version -> version.procedure().code()).toList();
    }

    /**
     * Reads the master files strictly, naming the file and its option in an error.
     *
     * @param units the units file ({@code --units}), or null for none
     * @param procedures the procedures file ({@code --procedures})
     * @param excusals the excusal intervals file ({@code --excusals}), or null for none
     * @return the master data
     * @throws IOException if a file cannot be read
     * @throws IllegalArgumentException if a file's record is refused, or a units or procedures file
     *     lists nothing
     */
    public static MasterData read(@Nullable Path units, Path procedures, @Nullable Path excusals) throws IOException {
        Objects.requireNonNull(procedures, "procedures");
        return new MasterData(
                UnitDirectory.of(notEmpty(units, read(units, JsonLinesReader.units()), "--units", "unit")),
                notEmpty(procedures, read(procedures, JsonLinesReader.procedures()), "--procedures", "procedure"),
                read(excusals, JsonLinesReader.excusals()));
    }

    /**
     * Refuses an empty master file given explicitly, which would otherwise reject every record or give
     * an empty report; an empty excusals file is allowed: it says there was no outage.
     *
     * @param file the file, or null when none was given
     * @param values what it lists
     * @param option the option that named it
     * @param noun what one line of it is, such as {@code unit}
     * @param <T> the type of the values
     * @return the values
     * @throws IllegalArgumentException if a file was given and lists nothing
     */
    public static <T> List<T> notEmpty(@Nullable Path file, List<T> values, String option, String noun) {
        if (file != null && values.isEmpty()) {
            throw new IllegalArgumentException(
                    option + " " + file + ": the file lists no " + noun + "; give a file with at least one");
        }
        return values;
    }

    /**
     * Reads a master file strictly, naming the file in the error; nothing without a file.
     *
     * @param file the file, or null
     * @param reader its reader
     * @param <T> the type of its values
     * @return the values, in file order
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if a record is refused
     */
    public static <T> List<T> read(@Nullable Path file, JsonLinesReader<T> reader) throws IOException {
        if (file == null) {
            return List.of();
        }
        try {
            return reader.readAll(file);
        } catch (RejectedRecordException | MalformedFileException refused) {
            throw new IllegalArgumentException(file + ": " + refused.getMessage(), refused);
        }
    }

    /**
     * Returns the units with their dated versions; empty without a units file.
     *
     * @return the units
     */
    public UnitDirectory units() {
        return units;
    }

    /**
     * Returns the procedures' versions.
     *
     * @return the versions, at least one
     */
    public List<ProcedureVersion> procedures() {
        return procedures;
    }

    /**
     * Returns the excusal intervals.
     *
     * @return the intervals; empty without an excusals file
     */
    public List<ExcusalInterval> excusals() {
        return excusals;
    }

    /**
     * Returns the procedure catalogue of the versions.
     *
     * @return the catalogue
     */
    public ProcedureCatalogue catalogue() {
        return catalogue;
    }

    /**
     * Returns the codes of the procedures, for the dossier reader's master-list check.
     *
     * @return the codes
     */
    public List<String> procedureCodes() {
        return procedureCodes;
    }
}
