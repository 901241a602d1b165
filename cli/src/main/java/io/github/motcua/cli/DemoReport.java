package io.github.motcua.cli;

import io.github.motcua.LabelBundle;
import io.github.motcua.Language;
import io.github.motcua.evidence.Evidence;
import io.github.motcua.period.ReportingPeriod;
import io.github.motcua.ranking.Ranking;
import io.github.motcua.report.AppliedExcusal;
import io.github.motcua.report.EvaluationReport;
import io.github.motcua.report.EvaluationSection;
import io.github.motcua.report.FeedbackReport;
import io.github.motcua.report.NarrativeDocument;
import io.github.motcua.report.NarrativeRenderer;
import io.github.motcua.report.ProcessingReport;
import io.github.motcua.report.ProcessingRow;
import io.github.motcua.report.RankedScore;
import io.github.motcua.report.RowGrouping;
import io.github.motcua.sample.ThuanChau2023;
import io.github.motcua.sample.ThuanChau2023Evidence;
import io.github.motcua.scoring.Band;
import io.github.motcua.scoring.ScoringScheme;
import io.github.motcua.tally.Counted;
import io.github.motcua.tally.ReportColumn;
import io.github.motcua.timeliness.TimelinessClassifier;
import io.github.motcua.unit.UnitLevel;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The founding report computed from the sample module's Thuận Châu 2023 data set: the processing report
 * by level, the evaluation report, and the feedback report, from the sample's feedback items (none, as published).
 */
final class DemoReport {
    static final String DISTRICT = "DISTRICT";
    static final String COMMUNE = "COMMUNE";

    /** The columns of a level in the golden file, by their keys. */
    private static final List<ReportColumn> GOLDEN_COLUMNS = List.of(
            ReportColumn.RECEIVED,
            ReportColumn.RESOLVED,
            ReportColumn.EARLY,
            ReportColumn.ON_TIME,
            ReportColumn.LATE,
            ReportColumn.LATE_EXCUSED,
            ReportColumn.LATE_ADJUSTED,
            ReportColumn.PENDING);

    private final ThuanChau2023 sample;
    private final ThuanChau2023Evidence evidence;
    private final ProcessingReport processing;
    private final EvaluationReport evaluation;
    private final FeedbackReport feedback;

    DemoReport() {
        this.sample = ThuanChau2023.load();
        this.processing = processing(sample);
        this.evidence = ThuanChau2023Evidence.of(sample);
        this.evaluation = evaluation(evidence, sample.period());
        this.feedback = FeedbackReport.of(sample.feedback(), sample.period().dates());
    }

    private static ProcessingReport processing(ThuanChau2023 sample) {
        TimelinessClassifier classifier = sample.classifier();
        RowGrouping<UnitLevel> levels = RowGrouping.byLevel(classifier.attribution(), sample.units(), Language.VI);
        return ProcessingReport.builder(ThuanChau2023.DISTRICT_CODE, "UBND huyện Thuận Châu", sample.period())
                .grouping(levels.grouping())
                .rows(
                        sample.dossiers().stream()
                                .flatMap(dossier -> Counted.inPeriod(dossier, sample.period(), classifier).stream()),
                        levels.key(),
                        levels.label(),
                        sample.excusals())
                .build();
    }

    private static EvaluationSection section(String key, String title, ScoringScheme scheme, List<Evidence> evidence) {
        return EvaluationSection.of(
                key,
                title,
                scheme,
                Ranking.standard().rank(evidence.stream().map(scheme::score).toList()));
    }

    private static EvaluationReport evaluation(ThuanChau2023Evidence evidence, ReportingPeriod period) {
        ScoringScheme units = evidence.unitScheme();
        ScoringScheme officials = evidence.officialScheme();
        return new EvaluationReport(
                period.toString(),
                List.of(
                        section(
                                "districtAgencies",
                                "Các cơ quan giải quyết TTHC thuộc cấp huyện",
                                units,
                                evidence.agencies()),
                        section("districtPeoplesCommittee", "UBND huyện", units, List.of(evidence.district())),
                        section(
                                "districtOfficials",
                                "Công chức, Bộ phận một cửa cấp huyện",
                                officials,
                                evidence.districtOfficials()),
                        section(
                                "districtOneStopDepartment",
                                "Bộ phận một cửa cấp huyện",
                                units,
                                List.of(evidence.oneStopDepartment())),
                        section("communes", "Bộ phận Tiếp nhận và trả kết quả cấp xã", units, evidence.communes()),
                        section(
                                "communeOfficials",
                                "Công chức tại Bộ phận Tiếp nhận và trả kết quả cấp xã",
                                officials,
                                evidence.communeOfficials())));
    }

    ProcessingReport processing() {
        return processing;
    }

    EvaluationReport evaluation() {
        return evaluation;
    }

    FeedbackReport feedback() {
        return feedback;
    }

    /** The figures in the shape of the golden file's members {@code processing} and {@code evaluation}. */
    Map<String, Object> figures() {
        Map<String, Object> figures = new LinkedHashMap<>();
        Map<String, Object> levels = new LinkedHashMap<>();
        levels.put("district", level(processing.row(DISTRICT)));
        levels.put("commune", level(processing.row(COMMUNE)));
        figures.put("processing", levels);
        Map<String, Object> scores = new LinkedHashMap<>();
        EvaluationSection agencies = evaluation.section("districtAgencies");
        scores.put(
                "districtAgencies",
                ordered(
                        "evaluated", agencies.entries().size(),
                        "names",
                                agencies.entries().stream()
                                        .map(entry -> entry.name())
                                        .toList(),
                        "bands", bandCounts(agencies)));
        scores.put("districtPeoplesCommittee", single(evaluation.section("districtPeoplesCommittee")));
        scores.put("districtOneStopDepartment", single(evaluation.section("districtOneStopDepartment")));
        EvaluationSection districtOfficials = evaluation.section("districtOfficials");
        Map<String, Object> officials = officials(districtOfficials);
        Map<String, String> thresholds = new LinkedHashMap<>();
        ScoringScheme officialScheme = evidence.officialScheme();
        for (Band band : officialScheme.bands().bands()) {
            officialScheme
                    .bands()
                    .lowerBound(band)
                    .ifPresent(bound -> thresholds.put(band.id(), bound.toPlainString()));
        }
        officials.put("thresholds", thresholds);
        scores.put("districtOfficials", officials);
        EvaluationSection communes = evaluation.section("communes");
        Map<String, Object> communeBands = new LinkedHashMap<>();
        communeBands.put("count", communes.entries().size());
        communes.bands().forEach(band -> communeBands.put(band.bandId(), band.names()));
        scores.put("communes", communeBands);
        scores.put("communeOfficials", officials(evaluation.section("communeOfficials")));
        figures.put("evaluation", scores);
        return figures;
    }

    private Map<String, Object> level(ProcessingRow row) {
        Map<String, Object> level = new LinkedHashMap<>();
        GOLDEN_COLUMNS.forEach(column -> level.put(column.key(), column.count(row)));
        level.put(
                "onTimeRatePercentOfficial",
                row.onTimePercentOfficial().map(BigDecimal::toPlainString).orElse(null));
        level.put(
                "onTimeRatePercentAdjusted",
                row.onTimePercentAdjusted().map(BigDecimal::toPlainString).orElse(null));
        for (AppliedExcusal excusal : processing.excusals()) {
            if (excusal.dossiers(row.key()) > 0) {
                Map<String, Object> excuse =
                        ordered("reason", excusal.reason(), "dossiers", excusal.dossiers(row.key()));
                excusal.start().ifPresent(start -> excuse.put("from", start.toString()));
                excusal.end().ifPresent(end -> excuse.put("to", end.toString()));
                level.put("excuse", excuse);
            }
        }
        return level;
    }

    private static Map<String, Object> single(EvaluationSection section) {
        return ordered(
                "points", section.entries().get(0).total().toPlainString(),
                "band", section.entries().get(0).bandId());
    }

    private static Map<String, Object> officials(EvaluationSection section) {
        return ordered("evaluated", section.entries().size(), "dutyCompletion", bandCounts(section));
    }

    private static Map<String, Integer> bandCounts(EvaluationSection section) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        section.bands().forEach(band -> counts.put(band.bandId(), band.count()));
        return counts;
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** What a part of the printed report is. */
    enum PartKind {
        /** A heading, of a level from 1. */
        HEADING,
        /** A section's text, one paragraph per line. */
        TEXT,
        /** Biểu 06, in the Word document only: the text report has none. */
        TABLE
    }

    /** A part of the printed report: a heading, a section's text, or the table. */
    record Part(PartKind kind, int level, String text) {
        static Part heading(int level, String text) {
            return new Part(PartKind.HEADING, level, text);
        }

        static Part text(String text) {
            return new Part(PartKind.TEXT, 0, text);
        }
    }

    /** The report's parts, in the founding report's order of sections. */
    List<Part> parts(Language language) {
        NarrativeRenderer narrative = NarrativeRenderer.of(language);
        LabelBundle labels = CliLabels.of(language);
        EvaluationSection pc = evaluation.section("districtPeoplesCommittee");
        EvaluationSection oneStop = evaluation.section("districtOneStopDepartment");
        String officials = labels.get("demo.officials.noun");
        return List.of(
                Part.heading(1, ThuanChau2023.LABEL),
                Part.heading(2, labels.format("demo.results", sample.period())),
                Part.text(narrative.results(processing)),
                new Part(PartKind.TABLE, 0, ""),
                Part.heading(2, labels.get("demo.feedback")),
                Part.text(narrative.feedback(feedback)),
                Part.heading(2, labels.format("demo.evaluation", sample.period())),
                Part.heading(3, labels.get("demo.agencies")),
                Part.text(
                        narrative.evaluation(evaluation.section("districtAgencies"), labels.get("demo.agencies.noun"))),
                Part.heading(3, labels.format("demo.peoplesCommittee", score(narrative, pc))),
                Part.heading(3, labels.get("demo.officials")),
                Part.text(narrative.evaluationCounts(evaluation.section("districtOfficials"), officials)),
                Part.text(labels.format("demo.oneStop", score(narrative, oneStop))),
                Part.heading(2, labels.get("demo.communes")),
                Part.text(narrative.evaluation(evaluation.section("communes"), labels.get("demo.communes.noun"))),
                Part.text(narrative.evaluationCounts(evaluation.section("communeOfficials"), officials)));
    }

    /** The report as text: each part but the table on its lines, a blank line between parts. */
    String text(Language language) {
        return parts(language).stream()
                .filter(part -> part.kind() != PartKind.TABLE)
                .map(part -> part.text().endsWith("\n") ? part.text() : part.text() + "\n")
                .collect(Collectors.joining("\n"));
    }

    /** The report as a Word document: the parts, with Biểu 06 after the results. */
    void docx(Language language, OutputStream out) throws IOException {
        NarrativeDocument.Builder document = NarrativeDocument.builder(language);
        for (Part part : parts(language)) {
            switch (part.kind()) {
                case HEADING -> document.heading(part.level(), part.text());
                case TEXT -> document.text(part.text());
                case TABLE -> document.table(processing);
            }
        }
        document.write(out);
    }

    /** The sentence of a section with one subject, such as the district People's Committee. */
    private static String score(NarrativeRenderer narrative, EvaluationSection section) {
        RankedScore entry = section.entries().get(0);
        return narrative.score(entry, section.band(entry.bandId()));
    }
}
