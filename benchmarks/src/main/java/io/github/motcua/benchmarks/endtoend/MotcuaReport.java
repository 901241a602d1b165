package io.github.motcua.benchmarks.endtoend;

import io.github.motcua.VietnamTime;
import io.github.motcua.calendar.VietnamCalendars;
import io.github.motcua.deadline.DeadlineRules;
import io.github.motcua.excusal.ExcusalInterval;
import io.github.motcua.io.DossierFormat;
import io.github.motcua.io.DossierReader;
import io.github.motcua.io.JsonLinesReader;
import io.github.motcua.io.ProcedureVersion;
import io.github.motcua.io.ReadResult;
import io.github.motcua.procedure.ProcedureCatalogue;
import io.github.motcua.report.ReportRows;
import io.github.motcua.tally.Counted;
import io.github.motcua.tally.Tally;
import io.github.motcua.timeliness.TimelinessClassifier;
import io.github.motcua.unit.Unit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * motcua's side: the library's streaming report path, as {@code motcua report} runs it — the file
 * read in parallel byte ranges with every record checked, each dossier's deadline computed and
 * classified at the report date, and the rows by resolving unit and by field counted in one pass.
 */
final class MotcuaReport {
    private MotcuaReport() {}

    static Figures run(DataSet data) throws IOException {
        return figures(rows(data, data.dossiers()));
    }

    /** The figures of the rows by resolving unit and by field. */
    static Figures figures(Map.Entry<ReportRows<String>, ReportRows<String>> rows) {
        Figures figures = new Figures();
        add(figures, "unit", rows.getKey());
        add(figures, "field", rows.getValue());
        return figures;
    }

    /** The rows by resolving unit and by field of a dossier file, with the data set's master files. */
    static Map.Entry<ReportRows<String>, ReportRows<String>> rows(DataSet data, Path dossiers) throws IOException {
        List<Unit> units = JsonLinesReader.units().readAll(data.units());
        List<ProcedureVersion> versions = JsonLinesReader.procedures().readAll(data.procedures());
        List<ExcusalInterval> excusals = JsonLinesReader.excusals().readAll(data.excusals());
        ProcedureCatalogue catalogue = ProcedureVersion.catalogue(versions);
        TimelinessClassifier classifier = TimelinessClassifier.builder()
                .deadlineRules(DeadlineRules.builder()
                        .calendar(VietnamCalendars.official())
                        .catalogue(catalogue)
                        .build())
                .excusals(excusals)
                .build();
        DossierReader reader = DossierReader.builder(DossierFormat.CSV)
                .units(units.stream().map(Unit::code).toList())
                .procedures(versions.stream()
                        .map(version -> version.procedure().code())
                        .toList())
                .build();
        AtomicLong rejected = new AtomicLong();
        ReadResult<Map.Entry<ReportRows<String>, ReportRows<String>>> read = reader.read(
                dossiers,
                dossier -> Counted.inPeriod(dossier, DataSet.PERIOD, classifier).orElse(null),
                Collectors.teeing(
                        ReportRows.collector(counted -> counted.dossier().resolvingUnitCode(), code -> code, excusals),
                        ReportRows.collector(
                                counted -> catalogue
                                        .find(
                                                counted.dossier().procedureCode(),
                                                VietnamTime.epochDayOf(
                                                        counted.dossier().receivedAt()))
                                        .orElseThrow()
                                        .field()
                                        .code(),
                                code -> code,
                                excusals),
                        Map::entry),
                rejection -> rejected.incrementAndGet());
        if (rejected.get() > 0) {
            throw new IllegalStateException(dossiers + ": " + read.summary() + "; the data set must be clean");
        }
        return read.result();
    }

    private static void add(Figures figures, String grouping, ReportRows<String> rows) {
        rows.tallies().forEach((key, tally) -> figures.add(grouping, key, counts(tally)));
    }

    private static long[] counts(Tally tally) {
        return new long[] {
            tally.received(),
            tally.carriedOver(),
            tally.early(),
            tally.onTime(),
            tally.late(),
            tally.pendingWithin(),
            tally.pendingOverdue(),
            tally.refused(),
            tally.withdrawn(),
            tally.stopped()
        };
    }
}
