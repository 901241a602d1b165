package io.github.motcua.spark;

import io.github.motcua.dossier.Dossier;
import io.github.motcua.evidence.DossierEvidence;
import io.github.motcua.io.DossierFormat;
import io.github.motcua.io.DossierRecords;
import io.github.motcua.io.Rejection;
import io.github.motcua.io.UnitFacts;
import io.github.motcua.io.VerdictWriter;
import io.github.motcua.io.json.MotcuaJson;
import io.github.motcua.ranking.Ranking;
import io.github.motcua.ranking.Standings;
import io.github.motcua.report.Labels;
import io.github.motcua.report.ProcessingReport;
import io.github.motcua.report.RowGrouping;
import io.github.motcua.scoring.ScoringScheme;
import io.github.motcua.tally.Counted;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The single-machine results that Spark's must equal: a file read in one thread by the local reader
 * with the request's checks, counted into a report, verdicts and scores as the command line does.
 */
record LocalRead(List<Dossier> accepted, List<Rejection> rejected, SparkRequest request) {
    static LocalRead of(Path file, DossierFormat format, SparkRequest request) {
        List<Dossier> accepted = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            Rules.of(request).reader(format).read(in, accepted::add, rejected::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LocalRead(accepted, rejected, request);
    }

    /** The accepted dossiers' cells, in file order. */
    List<List<String>> cells() {
        return accepted.stream().map(DossierRecords::cells).toList();
    }

    /** The processing report, as {@code motcua report} builds it. */
    ProcessingReport report() {
        Rules rules = Rules.of(request);
        ProcessingReport.Builder report = ProcessingReport.builder("", "", rules.period)
                .grouping(request.grouping())
                .totalLabel(Labels.of(request.language()).total())
                .rate(request.rate())
                .rounding(request.rounding())
                .calendar(rules.calendar);
        Consumer<Counted> rows = rowsOf(report, rules.rows, rules);
        for (Dossier dossier : accepted) {
            Counted counted = rules.counted(dossier);
            if (counted != null) {
                rows.accept(counted);
            }
        }
        return report.build();
    }

    private static <K extends Comparable<K>> Consumer<Counted> rowsOf(
            ProcessingReport.Builder report, RowGrouping<K> grouping, Rules rules) {
        return report.rowsFrom(grouping.key(), grouping.label(), rules.intervals);
    }

    /** The verdicts' cells, in file order. */
    List<List<String>> verdicts() {
        Rules rules = Rules.of(request);
        List<List<String>> verdicts = new ArrayList<>();
        for (Dossier dossier : accepted) {
            Counted counted = rules.counted(dossier);
            if (counted != null) {
                verdicts.add(VerdictWriter.cells(counted.verdict()));
            }
        }
        return verdicts;
    }

    /** The ranked scorecards, as {@code motcua score} computes them. */
    Standings scores(List<UnitFacts> facts, ScoringScheme scheme) {
        Rules rules = Rules.of(request);
        Map<String, List<DossierEvidence>> byUnit = new HashMap<>();
        for (Dossier dossier : accepted) {
            Counted.inPeriod(dossier, rules.period, rules.classifier.under(scheme.classification()), rules.period.end())
                    .ifPresent(counted -> byUnit.computeIfAbsent(
                                    request.attribution().unitOf(dossier), unit -> new ArrayList<>())
                            .add(DossierEvidence.of(counted)));
        }
        return Ranking.standard()
                .rank(UnitFacts.scorecards(scheme, facts, rules.directory, byUnit, rules.period.end()));
    }

    /** A value's JSON, to compare values that have no equality of their own. */
    static String json(Object value) {
        try {
            return MotcuaJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
