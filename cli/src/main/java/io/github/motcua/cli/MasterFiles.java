package io.github.motcua.cli;

import io.github.motcua.calendar.VietnamCalendars;
import io.github.motcua.deadline.DeadlineRules;
import io.github.motcua.excusal.ExcusalInterval;
import io.github.motcua.io.JsonLinesReader;
import io.github.motcua.io.ProcedureVersion;
import io.github.motcua.io.RejectedRecordException;
import io.github.motcua.unit.Unit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The master files a command reads, strictly (a mixin of {@code report} and {@code score}):
 * {@code --units}, {@code --procedures} and {@code --excusals}.
 */
final class MasterFiles {
    @Option(
            names = "--units",
            paramLabel = "FILE",
            description = "Units (JSON Lines): the master list, with each unit's name and level.")
    @Nullable
    Path units;

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

    /** The units, none without {@code --units}. */
    List<Unit> units() throws IOException {
        return read(units, JsonLinesReader.units());
    }

    /** The procedures' versions. */
    List<ProcedureVersion> procedures() throws IOException {
        return read(procedures, JsonLinesReader.procedures());
    }

    /** The excusal intervals, none without {@code --excusals}. */
    List<ExcusalInterval> excusals() throws IOException {
        return read(excusals, JsonLinesReader.excusals());
    }

    /** Reads a master file strictly, naming the file in the error; nothing without a file. */
    static <T> List<T> read(@Nullable Path file, JsonLinesReader<T> reader) throws IOException {
        if (file == null) {
            return List.of();
        }
        try {
            return reader.readAll(file);
        } catch (RejectedRecordException rejected) {
            throw new IllegalArgumentException(file + ": " + rejected.getMessage(), rejected);
        }
    }

    /** The codes of the procedures in a procedures file, for the dossier reader's master-list check. */
    static List<String> procedureCodes(List<ProcedureVersion> versions) {
        return versions.stream().map(version -> version.procedure().code()).toList();
    }

    /** The deadline rules of the official calendar and a procedures file's catalogue. */
    static DeadlineRules deadlineRules(List<ProcedureVersion> versions) {
        return DeadlineRules.builder()
                .calendar(VietnamCalendars.official())
                .catalogue(ProcedureVersion.catalogue(versions))
                .build();
    }
}
