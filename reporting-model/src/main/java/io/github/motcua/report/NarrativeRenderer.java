package io.github.motcua.report;

import io.github.motcua.Language;
import io.github.motcua.unit.UnitLevel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes report sections as text, in Vietnamese or English, in the style of the founding report
 * (Thuận Châu district, 2023): one paragraph per row of the results, the feedback section, and the
 * evaluation sections with their band lists. Vietnamese numbers are written 3.673 and 99,75%, counts
 * from 1 to 9 with two digits (09), as official documents do; dates as 25/12/2022. The sentences are
 * the patterns of the reporting model's {@link Labels}.
 *
 * <pre>{@code
 * String results = NarrativeRenderer.of(Language.VI).results(report);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NarrativeRenderer {
    private final Labels labels;

    private NarrativeRenderer(Labels labels) {
        this.labels = labels;
    }

    /**
     * Returns the renderer of a language.
     *
     * @param language the language
     * @return the renderer
     */
    public static NarrativeRenderer of(Language language) {
        return new NarrativeRenderer(Labels.of(language));
    }

    /**
     * Writes the results section: one paragraph per row, separated by a blank line, with the
     * excusals that applied to the row and its on-time rate in the adjusted figures. A row keyed by
     * a level's name, such as {@code DISTRICT}, is named by the level's label in this language, so
     * that a report built with Vietnamese labels reads in English too; other rows by their label.
     *
     * @param report the processing report
     * @return the section, ending with a line break
     */
    public String results(ProcessingReport report) {
        return report.rows().stream().map(row -> result(report, row)).collect(Collectors.joining("\n\n")) + "\n";
    }

    private String result(ProcessingReport report, ProcessingRow row) {
        String excused = row.lateExcused() > 0
                ? labels.format(
                        "result.excused", count(row.lateAdjusted()), count(row.lateExcused()), excusals(report, row))
                : "";
        String rate = row.onTimePercentAdjusted()
                .map(value -> labels.format("result.rate", Numbers.decimal(value, labels)))
                .orElseGet(() -> labels.get("result.noRate"));
        return labels.format(
                "result.row",
                name(report, row),
                labels.format(row.received() == 1 ? "result.dossiers.one" : "result.dossiers", count(row.received())),
                count(row.resolved()),
                count(row.early()),
                count(row.onTime()),
                count(row.late()),
                excused,
                count(row.pending()),
                rate);
    }

    /** A row's name: a level's in the narrative's language when the rows are levels, else its label. */
    private String name(ProcessingReport report, ProcessingRow row) {
        if (report.grouping() != Grouping.LEVEL) {
            return row.label();
        }
        return Arrays.stream(UnitLevel.values())
                .filter(level -> level.name().equals(row.key()))
                .findFirst()
                .map(labels::level)
                .orElse(row.label());
    }

    private String excusals(ProcessingReport report, ProcessingRow row) {
        return report.excusals().stream()
                .filter(excusal -> excusal.dossiers(row.key()) > 0)
                .map(excusal -> excusal.reason()
                        + excusal.start()
                                .map(start -> ", "
                                        + labels.format(
                                                "result.interval",
                                                Numbers.date(start),
                                                Numbers.date(excusal.end().orElse(start))))
                                .orElse(""))
                .collect(Collectors.joining("; "));
    }

    /**
     * Writes the notes that go with the results: the findings on the records counted by kind, and
     * the years of the window whose working calendar is provisional. Each is one paragraph.
     *
     * @param report the processing report
     * @return the notes, ending with a line break; empty when the report has neither
     */
    public String notes(ProcessingReport report) {
        List<String> notes = new ArrayList<>();
        if (!report.findings().isEmpty()) {
            notes.add(labels.format(
                    "notes.findings",
                    report.findings().entrySet().stream()
                            .map(entry -> labels.format(
                                    "notes.finding", count(entry.getValue()), labels.get("finding." + entry.getKey())))
                            .collect(Collectors.joining("; "))));
        }
        if (!report.provisionalYears().isEmpty()) {
            notes.add(labels.format(
                    "notes.provisionalYears",
                    report.provisionalYears().stream().map(String::valueOf).collect(Collectors.joining(", "))));
        }
        return notes.isEmpty() ? "" : String.join("\n\n", notes) + "\n";
    }

    /**
     * Writes the feedback section (Biểu 05).
     *
     * @param report the feedback report
     * @return the section, one item per paragraph, ending with a line break
     */
    public String feedback(FeedbackReport report) {
        return String.join(
                        "\n\n",
                        labels.format("feedback.received", count(report.received())),
                        labels.format("feedback.handled", count(report.handled()), count(report.published())),
                        labels.format(
                                "feedback.inProgress",
                                report.inProgress() == 0 ? labels.get("none") : count(report.inProgress())))
                + "\n";
    }

    /**
     * Writes an evaluation section: how many subjects were evaluated, then each band with its
     * count and members in ranking order, as the founding report lists its communes.
     *
     * @param section the section
     * @param noun what the subjects are called, such as {@code xã, thị trấn} or {@code communes}
     * @return the section, one item per paragraph, ending with a line break
     */
    public String evaluation(EvaluationSection section, String noun) {
        List<String> lines = new ArrayList<>();
        lines.add(evaluated(section, noun));
        for (BandMembers band : section.bands()) {
            String title = band.title(labels.language());
            String members = band.names().isEmpty()
                    ? labels.get("none")
                    : labels.format("evaluation.members", count(band.count()), noun, String.join(", ", band.names()));
            lines.add(labels.format("evaluation.band", title, lowerCase(title), members));
        }
        return String.join("\n\n", lines) + "\n";
    }

    /**
     * Writes an evaluation section by counts only, as reports do for officials: how many were
     * evaluated, then each band with its count.
     *
     * @param section the section
     * @param noun what the subjects are called, such as {@code công chức} or {@code officials}
     * @return the section, one item per paragraph, ending with a line break
     */
    public String evaluationCounts(EvaluationSection section, String noun) {
        List<String> lines = new ArrayList<>();
        lines.add(evaluated(section, noun));
        for (BandMembers band : section.bands()) {
            String counted = band.names().isEmpty()
                    ? labels.get("evaluation.countedNone")
                    : labels.format("evaluation.counted", count(band.count()), noun);
            lines.add(labels.format("evaluation.countLine", band.title(labels.language()), counted));
        }
        return String.join("\n\n", lines) + "\n";
    }

    private String evaluated(EvaluationSection section, String noun) {
        String capitalised = noun.isEmpty() ? "" : noun.substring(0, 1).toUpperCase(locale()) + noun.substring(1);
        return labels.format(
                "evaluation.evaluated", noun, count(section.entries().size()), capitalised);
    }

    /**
     * Writes one subject's result, such as {@code Đạt 17,94 điểm, xếp loại xuất sắc.}
     *
     * @param score the subject's score
     * @param band the band of the score
     * @return the sentence
     */
    public String score(RankedScore score, BandMembers band) {
        return labels.format("score", Numbers.decimal(score.total(), labels), lowerCase(band.title(labels.language())));
    }

    private String lowerCase(String text) {
        return text.toLowerCase(locale());
    }

    private Locale locale() {
        return labels.language().locale();
    }

    private String count(long count) {
        return Numbers.count(count, labels);
    }
}
