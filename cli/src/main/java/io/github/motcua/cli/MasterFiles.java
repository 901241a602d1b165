package io.github.motcua.cli;

import io.github.motcua.calendar.VietnamCalendars;
import io.github.motcua.deadline.DeadlineRules;
import io.github.motcua.excusal.ExcusalInterval;
import io.github.motcua.io.JsonLinesReader;
import io.github.motcua.io.ProcedureVersion;
import io.github.motcua.io.UnitFacts;
import io.github.motcua.unit.Unit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The master files a command reads: units, procedures, excusal intervals and unit facts, strictly. */
final class MasterFiles {
    private MasterFiles() {}

    static <T> List<T> read(@Nullable Path file, JsonLinesReader<T> reader) throws IOException {
        if (file == null) {
            return List.of();
        }
        try {
            return reader.readAll(file);
        } catch (io.github.motcua.io.RejectedRecordException rejected) {
            throw new IllegalArgumentException(file + ": " + rejected.getMessage(), rejected);
        }
    }

    static List<Unit> units(@Nullable Path file) throws IOException {
        return read(file, JsonLinesReader.units());
    }

    static List<ExcusalInterval> excusals(@Nullable Path file) throws IOException {
        return read(file, JsonLinesReader.excusals());
    }

    static List<UnitFacts> unitFacts(@Nullable Path file) throws IOException {
        return read(file, JsonLinesReader.unitFacts());
    }

    static List<ProcedureVersion> procedures(Path file) throws IOException {
        return read(file, JsonLinesReader.procedures());
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
