package io.github.motcua.spark;

import io.github.motcua.calendar.StatutoryHolidays;
import io.github.motcua.calendar.VietnamCalendars;
import io.github.motcua.calendar.WorkingCalendar;
import io.github.motcua.deadline.DeadlineRules;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.excusal.ExcusalInterval;
import io.github.motcua.io.DossierFormat;
import io.github.motcua.io.DossierReader;
import io.github.motcua.io.JsonLinesReader;
import io.github.motcua.io.ProcedureVersion;
import io.github.motcua.period.ReportingPeriod;
import io.github.motcua.procedure.ProcedureCatalogue;
import io.github.motcua.report.Grouping;
import io.github.motcua.report.ReportRows;
import io.github.motcua.report.RowGrouping;
import io.github.motcua.tally.Counted;
import io.github.motcua.timeliness.TimelinessClassifier;
import io.github.motcua.unit.AmbiguousSuccessorException;
import io.github.motcua.unit.Succession;
import io.github.motcua.unit.Unit;
import io.github.motcua.unit.UnitDirectory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A request's master data and rules, read once in each JVM (driver or executor) from the request's
 * JSON Lines, and kept for the next task of the same request. Immutable and thread-safe.
 */
final class Rules {
    /** The requests last read in this JVM: a job's tasks find theirs, and old requests drop out. */
    private static final int KEPT = 8;

    private static final Map<String, Rules> READ = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Rules> eldest) {
            return size() > KEPT;
        }
    };

    final SparkRequest request;
    final ReportingPeriod period;
    final LocalDate reportDate;
    final List<ProcedureVersion> versions;
    final ProcedureCatalogue catalogue;
    final UnitDirectory directory;
    final List<ExcusalInterval> intervals;
    final WorkingCalendar calendar;
    final TimelinessClassifier classifier;
    final RowGrouping<?> rows;

    private Rules(SparkRequest request) {
        this.request = request;
        this.period = request.period();
        this.reportDate = request.reportDate();
        this.versions = read(JsonLinesReader.procedures(), request.proceduresJson());
        this.catalogue = ProcedureVersion.catalogue(versions);
        List<Unit> units = read(JsonLinesReader.units(), request.unitsJson());
        this.directory = UnitDirectory.of(units);
        this.intervals = read(JsonLinesReader.excusals(), request.excusalsJson());
        this.calendar = request.cultureDay()
                ? VietnamCalendars.official()
                : VietnamCalendars.builder()
                        .statutoryHolidays(StatutoryHolidays.defaults().withCultureDay(false))
                        .build();
        this.classifier = TimelinessClassifier.builder()
                .deadlineRules(DeadlineRules.builder()
                        .calendar(calendar)
                        .catalogue(catalogue)
                        .lateRequests(request.lateRequests())
                        .build())
                .excusals(intervals)
                .attribution(request.attribution())
                .granularity(request.granularity())
                .extensionPolicy(request.extensionPolicy())
                .build();
        this.rows = request.grouping()
                .rows(request.attribution(), directory, Succession.toSuccessor(), catalogue, request.language());
    }

    /** The rules of a request, read in this JVM at its first use. */
    static Rules of(SparkRequest request) {
        synchronized (READ) {
            return READ.computeIfAbsent(request.id(), id -> new Rules(request));
        }
    }

    /**
     * A reader with the request's checks: the master lists, the deadline of every dossier (so that
     * one whose procedure has no version on its day of receipt is rejected whatever the period) and,
     * by unit or by level, a unit that ceased with no single successor.
     */
    DossierReader reader(DossierFormat format) {
        DossierReader.Builder reader = DossierReader.builder(format)
                .procedures(versions.stream()
                        .map(version -> version.procedure().code())
                        .toList());
        if (directory.size() > 0) {
            reader.units(directory);
            if (request.grouping() == Grouping.UNIT || request.grouping() == Grouping.LEVEL) {
                reader.rule(this::placeable);
            }
        }
        return reader.rule(this::deadline).build();
    }

    /** Rows of the processing report with no dossier, keyed and labelled by the request's grouping. */
    ReportRows<?> emptyRows() {
        return emptyRows(rows);
    }

    private <K extends Comparable<K>> ReportRows<K> emptyRows(RowGrouping<K> grouping) {
        return ReportRows.of(grouping.key(), grouping.label(), intervals);
    }

    /** The dossier counted in the period as of the report date, or null when it is not in the figures. */
    @Nullable
    Counted counted(Dossier dossier) {
        return Counted.inPeriod(dossier, period, classifier, reportDate).orElse(null);
    }

    private void deadline(Dossier dossier) {
        if (counted(dossier) == null) {
            classifier.deadlineOn(dossier, reportDate);
        }
    }

    private void placeable(Dossier dossier) {
        if (Counted.inclusion(dossier, period, classifier.endInstantPolicy(), reportDate)
                .isEmpty()) {
            return;
        }
        try {
            Succession.toSuccessor().holder(directory, request.attribution().unitOf(dossier), dossier, reportDate);
        } catch (AmbiguousSuccessorException ambiguous) {
            throw new IllegalArgumentException(ambiguous.getMessage(), ambiguous);
        }
    }

    private static <T> List<T> read(JsonLinesReader<T> reader, String jsonLines) {
        try {
            return reader.strict(true).readAll(new ByteArrayInputStream(jsonLines.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
