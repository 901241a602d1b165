package io.github.motcua.cli;

import io.github.motcua.deadline.DeadlineRules;
import io.github.motcua.excusal.ExcusalInterval;
import io.github.motcua.io.ExportMapping;
import io.github.motcua.io.JsonLinesReader;
import io.github.motcua.io.MalformedFileException;
import io.github.motcua.io.ProcedureVersion;
import io.github.motcua.io.RejectedRecordException;
import io.github.motcua.procedure.ProcedureCatalogue;
import io.github.motcua.timeliness.Attribution;
import io.github.motcua.timeliness.TimelinessClassifier;
import io.github.motcua.unit.Unit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    /** The units of a units file, none without one; a file given must list at least one. */
    static List<Unit> units(@Nullable Path file) throws IOException {
        return notEmpty(file, read(file, JsonLinesReader.units()), "--units", "unit");
    }

    /** The procedures' versions; the file must list at least one. */
    List<ProcedureVersion> procedures() throws IOException {
        return notEmpty(procedures, read(procedures, JsonLinesReader.procedures()), "--procedures", "procedure");
    }

    /**
     * Refuses an empty master file given explicitly, which would otherwise reject every record or give
     * an empty report; an empty excusals file is allowed: it says there was no outage.
     */
    static <T> List<T> notEmpty(@Nullable Path file, List<T> values, String option, String noun) {
        if (file != null && values.isEmpty()) {
            throw new IllegalArgumentException(
                    option + " " + file + ": the file lists no " + noun + "; give a file with at least one");
        }
        return values;
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
        } catch (RejectedRecordException | MalformedFileException refused) {
            throw new IllegalArgumentException(file + ": " + refused.getMessage(), refused);
        }
    }

    /** Reads a vendor export's mapping file, naming the file in the error. */
    static ExportMapping mapping(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return ExportMapping.read(in);
        } catch (MalformedFileException refused) {
            throw new IllegalArgumentException("--mapping " + file + ": " + refused.getMessage(), refused);
        }
    }

    /** The codes of the procedures in a procedures file, for the dossier reader's master-list check. */
    static List<String> procedureCodes(List<ProcedureVersion> versions) {
        return versions.stream().map(version -> version.procedure().code()).toList();
    }

    /**
     * The classifier of the national calendar, the procedures' deadlines, the excusal intervals, an
     * attribution and the user's rule choices.
     */
    static TimelinessClassifier classifier(
            ProcedureCatalogue catalogue, List<ExcusalInterval> intervals, Attribution attribution, RuleOptions rules) {
        return TimelinessClassifier.builder()
                .deadlineRules(DeadlineRules.builder()
                        .calendar(rules.calendar())
                        .catalogue(catalogue)
                        .lateRequests(rules.lateRequests())
                        .build())
                .excusals(intervals)
                .attribution(attribution)
                .granularity(rules.granularity())
                .extensionPolicy(rules.extensionPolicy())
                .build();
    }
}
