package io.github.motcua.io;

import io.github.motcua.dossier.Dossier;
import io.github.motcua.excusal.ExcusalInterval;
import io.github.motcua.unit.Unit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

/**
 * Writes a data set as {@code motcua report} reads it: a dossier file (CSV or JSON Lines, by its
 * name) and, in the same directory, {@code units.jsonl}, {@code procedures.jsonl} and {@code
 * excusals.jsonl}. Each file is written whole or not at all ({@link AtomicOutput}).
 *
 * <pre>{@code
 * DossierFiles.write(Path.of("data/dossiers.csv"), dossiers.iterator(), units, versions, excusals);
 * }</pre>
 */
public final class DossierFiles {
    /** The name of the units file beside the dossiers. */
    public static final String UNITS = "units.jsonl";

    /** The name of the procedures file beside the dossiers. */
    public static final String PROCEDURES = "procedures.jsonl";

    /** The name of the excusal intervals file beside the dossiers. */
    public static final String EXCUSALS = "excusals.jsonl";

    private DossierFiles() {}

    /**
     * Writes the dossiers and the master files beside them, creating the directory if needed.
     *
     * @param file the dossier file, {@code .csv} or {@code .jsonl}
     * @param dossiers the dossiers, written in order
     * @param units the units
     * @param procedures the procedures' versions
     * @param excusals the excusal intervals
     * @throws IOException if a file cannot be written
     */
    public static void write(
            Path file,
            Iterator<Dossier> dossiers,
            List<Unit> units,
            List<ProcedureVersion> procedures,
            List<ExcusalInterval> excusals)
            throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        if (directory == null) {
            throw new IllegalArgumentException("a dossier file has a directory: " + file);
        }
        AtomicOutput.write(file, out -> {
            DossierWriter writer = DossierWriter.open(DossierFormat.ofFileName(file.toString()), out);
            while (dossiers.hasNext()) {
                writer.write(dossiers.next());
            }
            writer.close();
        });
        jsonLines(directory.resolve(UNITS), units);
        jsonLines(directory.resolve(PROCEDURES), procedures);
        jsonLines(directory.resolve(EXCUSALS), excusals);
    }

    private static <T> void jsonLines(Path file, List<T> values) throws IOException {
        AtomicOutput.write(file, out -> {
            JsonLinesWriter<T> writer = JsonLinesWriter.open(out);
            for (T value : values) {
                writer.write(value);
            }
            writer.close();
        });
    }
}
