package io.github.motcua.cli;

import io.github.motcua.cli.job.MasterData;
import io.github.motcua.io.ExportMapping;
import io.github.motcua.io.MalformedFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The master files of the deadlines that {@code report} and {@code score} read, strictly (a mixin):
 * {@code --procedures} and {@code --excusals}. Each command declares {@code --units} itself, which
 * {@code score} requires and {@code report} does not.
 */
final class MasterFiles {
    @Option(
            names = "--procedures",
            required = true,
            paramLabel = "FILE",
            description = "Procedures (JSON Lines), whose processing times give the deadlines.")
    @SuppressWarnings("NullAway.Init") // required option
    Path procedures;

    @Option(names = "--excusals", paramLabel = "FILE", description = "Excusal intervals (JSON Lines).")
    @Nullable
    Path excusals;

    /**
     * The master data of these files and a units file.
     *
     * @param units the units file, or null for none
     */
    MasterData data(@Nullable Path units) throws IOException {
        return MasterData.read(units, procedures, excusals);
    }

    /** Reads a vendor export's mapping file, naming the file in the error. */
    static ExportMapping mapping(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return ExportMapping.read(in);
        } catch (MalformedFileException refused) {
            throw new IllegalArgumentException("--mapping " + file + ": " + refused.getMessage(), refused);
        }
    }
}
