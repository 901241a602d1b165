package io.github.motcua.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Writes report sections as text, in Vietnamese or English, in the style of the founding report
 * (Thuận Châu district, 2023): one paragraph per row of the results, the feedback section, and the
 * evaluation sections with their band lists. Vietnamese numbers are written 3.673 and 99,75%, counts
 * from 1 to 9 with two digits (09), as official documents do; dates as 25/12/2022.
 *
 * <pre>{@code
 * String results = NarrativeRenderer.of(Language.VI).results(report);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NarrativeRenderer {
    private static final Map<String, String> LEVELS_EN = Map.of(
            "CENTRAL",
            "Central level",
            "PROVINCE",
            "Provincial level",
            "DISTRICT",
            "District level",
            "COMMUNE",
            "Commune level",
            ProcessingReport.TOTAL,
            "Total");

    private final Language language;

    private NarrativeRenderer(Language language) {
        this.language = language;
    }

    /**
     * Returns the renderer of a language.
     *
     * @param language the language
     * @return the renderer
     */
    public static NarrativeRenderer of(Language language) {
        return new NarrativeRenderer(Objects.requireNonNull(language, "language"));
    }

    /**
     * Writes the results section: one paragraph per row, separated by a blank line, with the
     * excusals that applied to the row and its on-time rate in the adjusted figures.
     *
     * @param report the processing report
     * @return the section, ending with a line break
     */
    public String results(ProcessingReport report) {
        return report.rows().stream()
                        .map(row -> language == Language.VI ? resultVi(report, row) : resultEn(report, row))
                        .collect(Collectors.joining("\n\n"))
                + "\n";
    }

    private String resultVi(ProcessingReport report, ProcessingRow row) {
        StringBuilder text = new StringBuilder("- ")
                .append(row.label())
                .append(": Tổng hồ sơ tiếp nhận: ")
                .append(count(row.received()))
                .append(" hồ sơ, trong đó: Số hồ sơ đã giải quyết ")
                .append(count(row.resolved()))
                .append(" hồ sơ, trong đó: Trước hạn ")
                .append(count(row.early()))
                .append(", đúng hạn ")
                .append(count(row.onTime()))
                .append(", quá hạn ")
                .append(count(row.late()))
                .append(" hồ sơ");
        if (row.lateExcused() > 0) {
            text.append(", tuy nhiên thực tế quá hạn ")
                    .append(count(row.lateAdjusted()))
                    .append(" hồ sơ (")
                    .append(count(row.lateExcused()))
                    .append(" hồ sơ còn lại quá hạn do: ")
                    .append(excusals(report, row, "từ ngày %s đến ngày %s"))
                    .append(')');
        }
        return text.append(". Số hồ sơ đang giải quyết: ")
                .append(count(row.pending()))
                .append(" hồ sơ. ")
                .append(row.onTimePercentAdjusted()
                        .map(value -> "Kết quả đạt " + Numbers.decimal(value, language)
                                + "% hồ sơ được giải quyết đúng tiến độ.")
                        .orElse("Chưa có hồ sơ được giải quyết để tính tỷ lệ đúng hạn."))
                .toString();
    }

    private String resultEn(ProcessingReport report, ProcessingRow row) {
        StringBuilder text = new StringBuilder("- ")
                .append(LEVELS_EN.getOrDefault(row.key(), row.label()))
                .append(": ")
                .append(count(row.received()))
                .append(row.received() == 1 ? " dossier received, of which " : " dossiers received, of which ")
                .append(count(row.resolved()))
                .append(" resolved: ")
                .append(count(row.early()))
                .append(" early, ")
                .append(count(row.onTime()))
                .append(" on time and ")
                .append(count(row.late()))
                .append(" late");
        if (row.lateExcused() > 0) {
            text.append(", of which only ")
                    .append(count(row.lateAdjusted()))
                    .append(" were late in fact (the other ")
                    .append(count(row.lateExcused()))
                    .append(" were late because: ")
                    .append(excusals(report, row, "from %s to %s"))
                    .append(')');
        }
        return text.append(". Pending: ")
                .append(count(row.pending()))
                .append(". ")
                .append(row.onTimePercentAdjusted()
                        .map(value -> Numbers.decimal(value, language) + "% of the dossiers were resolved on time.")
                        .orElse("No dossier was resolved, so there is no on-time rate."))
                .toString();
    }

    private String excusals(ProcessingReport report, ProcessingRow row, String interval) {
        return report.excusals().stream()
                .filter(excusal -> excusal.dossiers(row.key()) > 0)
                .map(excusal -> excusal.reason()
                        + excusal.start()
                                .map(start -> ", "
                                        + String.format(
                                                Locale.ROOT,
                                                interval,
                                                Numbers.date(start),
                                                Numbers.date(excusal.end().orElse(start))))
                                .orElse(""))
                .collect(Collectors.joining("; "));
    }

    /**
     * Writes the feedback section (Biểu 05).
     *
     * @param report the feedback report
     * @return the section, one item per paragraph, ending with a line break
     */
    public String feedback(FeedbackReport report) {
        List<String> lines = language == Language.VI
                ? List.of(
                        "- Tổng số phản ánh, kiến nghị đã tiếp nhận trong kỳ báo cáo: " + count(report.received())
                                + " phản ánh, kiến nghị.",
                        "- Số phản ánh, kiến nghị đã xử lý: " + count(report.handled())
                                + "; trong đó số đã được đăng tải công khai: " + count(report.published())
                                + " phản ánh, kiến nghị.",
                        "- Số phản ánh, kiến nghị đang xử lý: "
                                + (report.inProgress() == 0 ? "Không" : count(report.inProgress())) + ".")
                : List.of(
                        "- Feedback and complaints received in the period: " + count(report.received()) + ".",
                        "- Handled: " + count(report.handled()) + ", of which published: " + count(report.published())
                                + ".",
                        "- In progress: " + (report.inProgress() == 0 ? "none" : count(report.inProgress())) + ".");
        return String.join("\n\n", lines) + "\n";
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
            String title = language == Language.VI ? band.titleVi() : band.titleEn();
            String members = band.names().isEmpty()
                    ? (language == Language.VI ? "Không" : "none")
                    : count(band.count()) + " " + noun + (language == Language.VI ? " gồm: " : ": ")
                            + String.join(", ", band.names());
            lines.add((language == Language.VI ? "- Loại " + title.toLowerCase(new Locale("vi")) : "- " + title) + ": "
                    + members + ".");
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
            lines.add(
                    language == Language.VI
                            ? "- " + band.titleVi() + ": "
                                    + (band.names().isEmpty() ? "Không có" : count(band.count()) + " " + noun) + "."
                            : "- " + band.titleEn() + ": " + (band.names().isEmpty() ? "none" : count(band.count()))
                                    + ".");
        }
        return String.join("\n\n", lines) + "\n";
    }

    private String evaluated(EvaluationSection section, String noun) {
        String count = count(section.entries().size());
        if (language == Language.VI) {
            return "- Tổng số " + noun + " được đánh giá: " + count + " " + noun + ".";
        }
        return "- " + (noun.isEmpty() ? "" : noun.substring(0, 1).toUpperCase(Locale.ROOT) + noun.substring(1))
                + " evaluated: " + count + ".";
    }

    /**
     * Writes one subject's result, such as {@code Đạt 17,94 điểm, xếp loại xuất sắc.}
     *
     * @param score the subject's score
     * @param band the band of the score
     * @return the sentence
     */
    public String score(RankedScore score, BandMembers band) {
        BigDecimal total = score.total();
        return language == Language.VI
                ? "Đạt " + Numbers.decimal(total, language) + " điểm, xếp loại "
                        + band.titleVi().toLowerCase(new Locale("vi")) + "."
                : Numbers.decimal(total, language) + " points, "
                        + band.titleEn().toLowerCase(Locale.ROOT) + ".";
    }

    private String count(long count) {
        return Numbers.count(count, language);
    }
}
