package io.github.motcua.benchmarks.endtoend;

import io.github.motcua.calendar.VietnamCalendars;
import io.github.motcua.calendar.WorkingCalendar;
import io.github.motcua.io.CalendarCsv;
import io.github.motcua.io.DossierFiles;
import io.github.motcua.io.ProcedureVersion;
import io.github.motcua.period.ReportingPeriod;
import io.github.motcua.period.WindowPolicy;
import io.github.motcua.sample.SyntheticDossiers;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The files of one comparison in a directory: {@code dossiers.csv} written from the sample module's
 * synthetic generator, the master files beside it, and {@code calendar.csv} as motcua exports it.
 *
 * @param directory the directory
 */
record DataSet(Path directory) {
    /** The year the generator's dossiers are received in, and the period reported. */
    static final int YEAR = 2023;

    /** The reporting period: the year, in its official window (15 December to 14 December). */
    static final ReportingPeriod PERIOD =
            ReportingPeriod.parse(Integer.toString(YEAR)).withWindow(WindowPolicy.OFFICIAL);

    /** The first day the generator's procedures are in force. */
    private static final LocalDate PROCEDURES_FROM = LocalDate.of(2013, 5, 1);

    Path dossiers() {
        return directory.resolve("dossiers.csv");
    }

    Path procedures() {
        return directory.resolve(DossierFiles.PROCEDURES);
    }

    Path units() {
        return directory.resolve(DossierFiles.UNITS);
    }

    Path excusals() {
        return directory.resolve(DossierFiles.EXCUSALS);
    }

    Path calendar() {
        return directory.resolve("calendar.csv");
    }

    /** Writes a data set of a number of dossiers, unless one of that size is there. */
    void generate(long count, long seed) throws IOException {
        Path marker = directory.resolve("generated.txt");
        String expected = count + " dossiers, seed " + seed + ", year " + YEAR + "\n";
        if (Files.exists(marker) && Files.readString(marker).equals(expected) && Files.exists(dossiers())) {
            return;
        }
        SyntheticDossiers sample = SyntheticDossiers.of(seed, YEAR);
        DossierFiles.write(
                dossiers(),
                sample.dossiers(count).iterator(),
                sample.units(),
                sample.procedures().stream()
                        .map(procedure -> new ProcedureVersion(PROCEDURES_FROM, procedure))
                        .toList(),
                sample.excusals());
        WorkingCalendar calendar = VietnamCalendars.official();
        try (Writer out = Files.newBufferedWriter(calendar(), StandardCharsets.UTF_8)) {
            CalendarCsv.write(calendar, calendar.range(), out);
        }
        Files.writeString(marker, expected);
    }
}
