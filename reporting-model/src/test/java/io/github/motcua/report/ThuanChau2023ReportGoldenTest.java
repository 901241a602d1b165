package io.github.motcua.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.Language;
import io.github.motcua.ranking.Ranking;
import io.github.motcua.rate.Rounding;
import io.github.motcua.sample.ThuanChau2023;
import io.github.motcua.sample.ThuanChau2023Evidence;
import io.github.motcua.tally.Counted;
import io.github.motcua.timeliness.Attribution;
import io.github.motcua.timeliness.TimelinessClassifier;
import io.github.motcua.unit.UnitLevel;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The founding report's results section and figures, rendered from the sample dataset: the text
 * must equal thuan-chau-2023.results.vi.txt (a copy of ../shared/golden/ in the test resources).
 */
class ThuanChau2023ReportGoldenTest {
    static final ThuanChau2023 SAMPLE = ThuanChau2023.load();

    static ProcessingReport byLevel() {
        return byLevel(Rounding.DEFAULT);
    }

    /** The report by level, its rates rounded as given. */
    static ProcessingReport byLevel(Rounding rounding) {
        TimelinessClassifier classifier = TimelinessClassifier.builder()
                .deadlineRules(SAMPLE.deadlineRules())
                .excusals(SAMPLE.excusals())
                .build();
        RowGrouping<UnitLevel> levels = RowGrouping.byLevel(Attribution.RESOLVING_UNIT, SAMPLE.units(), Language.VI);
        return ProcessingReport.builder(ThuanChau2023.DISTRICT_CODE, "UBND huyện Thuận Châu", SAMPLE.period())
                .grouping(levels.grouping())
                .rounding(rounding)
                .rows(
                        SAMPLE.dossiers().stream()
                                .flatMap(dossier -> Counted.inPeriod(dossier, SAMPLE.period(), classifier).stream()),
                        levels.key(),
                        levels.label(),
                        SAMPLE.excusals())
                .build();
    }

    private static String golden() throws IOException {
        try (InputStream in = Objects.requireNonNull(
                ThuanChau2023ReportGoldenTest.class.getResourceAsStream("/golden/thuan-chau-2023.results.vi.txt"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theResultsSectionIsTheFoundingReportsTextExactly() throws IOException {
        assertThat(NarrativeRenderer.of(Language.VI).results(byLevel())).isEqualTo(golden());
    }

    @Test
    void theRowsHaveTheGoldenFiguresAndTheTotalAddsThemUp() {
        ProcessingReport report = byLevel();
        ProcessingRow district = report.row("DISTRICT");
        ProcessingRow communes = report.row("COMMUNE");

        assertThat(district.received()).isEqualTo(3673);
        assertThat(district.early()).isEqualTo(3356);
        assertThat(district.onTime()).isEqualTo(282);
        assertThat(district.late()).isEqualTo(35);
        assertThat(district.lateExcused()).isEqualTo(26);
        assertThat(district.onTimePercentOfficial()).contains(new BigDecimal("99.05"));
        assertThat(district.onTimePercentAdjusted()).contains(new BigDecimal("99.75"));
        assertThat(communes.received()).isEqualTo(9577);
        assertThat(communes.onTimePercentAdjusted()).contains(new BigDecimal("99.76"));
        assertThat(report.total().received()).isEqualTo(3673 + 9577);
        assertThat(report.excusals()).singleElement().satisfies(excusal -> {
            assertThat(excusal.dossiersByRow()).isEqualTo(Map.of("DISTRICT", 26L));
            assertThat(excusal.source()).isPresent();
        });
        assertThat(report.formId()).isEqualTo("Biểu 06/VPCP/KSTT");
        assertThat(report.windowStart()).hasToString("2022-12-15");
    }

    @Test
    void theEnglishResultsReadNaturally() {
        assertThat(NarrativeRenderer.of(Language.EN).results(byLevel()))
                .isEqualTo("- District level: 3,673 dossiers received, of which 3,673 resolved: 3,356 early, 282 on"
                        + " time and 35 late, of which only 9 were late in fact (the other 26 were late because: Hệ"
                        + " thống thông tin giải quyết thủ tục hành chính tỉnh Sơn La không thể truy cập được để sử"
                        + " dụng do phục vụ cấp quyền kết nối, khai thác dữ liệu từ Cơ sở dữ liệu quốc gia về dân cư,"
                        + " from 25/12/2022 to 27/12/2022). Pending: 0. 99.75% of the dossiers were resolved on"
                        + " time.\n\n"
                        + "- Commune level: 9,577 dossiers received, of which 9,577 resolved: 7,927 early, 1,627 on"
                        + " time and 23 late. Pending: 0. 99.76% of the dossiers were resolved on time.\n");
    }

    @Test
    void theFeedbackReportAndIndicatorEightCountTheSameItems() {
        ThuanChau2023Evidence evidence = ThuanChau2023Evidence.of(SAMPLE);
        FeedbackReport report =
                FeedbackReport.of(SAMPLE.feedback(), SAMPLE.period().dates());
        long receivedByUnits = Stream.of(
                        evidence.agencies().stream(),
                        evidence.communes().stream(),
                        Stream.of(evidence.district(), evidence.oneStopDepartment()))
                .flatMap(units -> units)
                .mapToLong(unit -> unit.feedback().orElseThrow().received())
                .sum();

        assertThat(report).as("Biểu 05 as published").isEqualTo(new FeedbackReport(0, 0, 0, 0, 0));
        assertThat(receivedByUnits).isEqualTo(report.newItems());
    }

    @Test
    void theFeedbackSectionSaysNoneAsTheFoundingReportDoes() {
        assertThat(NarrativeRenderer.of(Language.VI)
                        .feedback(FeedbackReport.of(
                                SAMPLE.feedback(), SAMPLE.period().dates())))
                .isEqualTo("- Tổng số phản ánh, kiến nghị đã tiếp nhận trong kỳ báo cáo: 0 phản ánh, kiến nghị.\n\n"
                        + "- Số phản ánh, kiến nghị đã xử lý: 0; trong đó số đã được đăng tải công khai: 0 phản ánh,"
                        + " kiến nghị.\n\n"
                        + "- Số phản ánh, kiến nghị đang xử lý: Không.\n");
    }

    @Test
    void theCommunesSectionListsEachBandInRankingOrder() {
        ThuanChau2023Evidence evidence = ThuanChau2023Evidence.of(SAMPLE);
        EvaluationSection communes = EvaluationSection.of(
                "communes",
                "Bộ phận Tiếp nhận và trả kết quả cấp xã",
                evidence.unitScheme(),
                Ranking.standard()
                        .rank(evidence.communes().stream()
                                .map(evidence.unitScheme()::score)
                                .toList()));

        String text = NarrativeRenderer.of(Language.VI).evaluation(communes, "xã, thị trấn");

        assertThat(text.split("\n\n"))
                .containsExactly(
                        "- Tổng số xã, thị trấn được đánh giá: 29 xã, thị trấn.",
                        "- Loại xuất sắc: 21 xã, thị trấn gồm: Muổi Nọi, Nong Lay, Phổng Lăng, Chiềng Ly, Tông Lạnh,"
                                + " Thôm Mòn, Mường É, Púng Tra, Chiềng La, Thị trấn, Chiềng Bôm, Bản Lầm, Chiềng Ngàm,"
                                + " Nậm Lầu, Phổng Lái, Tông Cọ, Mường Bám, Chiềng Pấc, Long Hẹ, Bon Phặng, Mường"
                                + " Khiêng.",
                        "- Loại tốt: 08 xã, thị trấn gồm: Liệp Tè, É Tòng, Co Mạ, Pá Lông, Phổng Lập, Co Tòng, Chiềng"
                                + " Pha, Bó Mười.",
                        "- Loại khá: Không.",
                        "- Loại trung bình: Không.",
                        "- Loại yếu: Không.\n");
        assertThat(NarrativeRenderer.of(Language.VI).score(communes.entries().get(0), communes.band("EXCELLENT")))
                .isEqualTo("Đạt 17,66 điểm, xếp loại xuất sắc.");
    }
}
