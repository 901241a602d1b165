package io.github.motcua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.Language;
import io.github.motcua.ranking.Ranked;
import io.github.motcua.ranking.Ranking;
import io.github.motcua.ranking.Standings;
import io.github.motcua.sample.ThuanChau2023Evidence;
import io.github.motcua.scoring.CriterionScore;
import io.github.motcua.scoring.SchemeStatus;
import io.github.motcua.scoring.Scorecard;
import io.github.motcua.scoring.ScoringScheme;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Scores as a workbook, read back with POI: the bands with their members, then every scorecard. */
class EvaluationWorkbookTest {
    private static final ThuanChau2023Evidence EVIDENCE =
            ThuanChau2023Evidence.of(ThuanChau2023ReportGoldenTest.SAMPLE);
    private static final ScoringScheme SCHEME = EVIDENCE.unitScheme();
    private static final Standings COMMUNES = Ranking.standard()
            .rank(EVIDENCE.communes().stream().map(SCHEME::score).toList());

    private static XSSFWorkbook written(ScoringScheme scheme, Standings standings, Language language)
            throws IOException {
        return ReadBack.workbook(out -> EvaluationWorkbook.write(scheme, standings, language, out));
    }

    @Test
    void theBandsSheetListsEveryBandWithItsCountAndItsMembersInRankingOrder() throws IOException {
        try (XSSFWorkbook workbook = written(SCHEME, COMMUNES, Language.VI)) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Xếp loại");
            Sheet sheet = workbook.getSheetAt(0);
            List<String> expected = new ArrayList<>(List.of(
                    "A1 \"Xếp loại\"",
                    "B1 \"Số lượng\"",
                    "C1 \"Thứ hạng\"",
                    "D1 \"Mã\"",
                    "E1 \"Tên\"",
                    "F1 \"Tổng điểm\"",
                    "A2 \"Xuất sắc\"",
                    "B2 21 [#,##0]"));
            List<Ranked> entries = COMMUNES.entries();
            for (int i = 0; i < entries.size(); i++) {
                int row = i + 2;
                Scorecard card = entries.get(i).scorecard();
                if (i == 21) {
                    expected.add("A" + row + " \"Tốt\"");
                    expected.add("B" + row + " 8 [#,##0]");
                }
                expected.add("C" + row + " " + entries.get(i).rank() + " [General]");
                expected.add("D" + row + " \"" + card.subject().id() + "\"");
                expected.add("E" + row + " \"" + card.subject().name() + "\"");
                expected.add("F" + row + " " + ReadBack.number(card.total().doubleValue()) + " [0.00]");
            }
            expected.addAll(List.of(
                    "A31 \"Khá\"", "B31 0 [#,##0]",
                    "A32 \"Trung bình\"", "B32 0 [#,##0]",
                    "A33 \"Yếu\"", "B33 0 [#,##0]"));

            assertThat(ReadBack.cells(sheet)).containsExactlyElementsOf(expected);
            assertThat(ReadBack.cells(sheet)).contains("E2 \"Muổi Nọi\"", "F2 17.66 [0.00]", "E30 \"Bó Mười\"");
            assertThat(ReadBack.merged(sheet)).containsExactly("A2:A22", "B2:B22", "A23:A30", "B23:B30");
        }
    }

    @Test
    void theScorecardsSheetHoldsEachCriterionsPointsAndExplanationThenTheTotalAndBand() throws IOException {
        try (XSSFWorkbook workbook = written(SCHEME, COMMUNES, Language.VI)) {
            assertThat(workbook.getSheetName(1)).isEqualTo("Phiếu chấm điểm");
            Sheet sheet = workbook.getSheetAt(1);
            List<String> expected = new ArrayList<>(List.of(
                    "A1 \"Thứ hạng\"",
                    "B1 \"Mã\"",
                    "C1 \"Tên\"",
                    "D1 \"Mã tiêu chí\"",
                    "E1 \"Tiêu chí\"",
                    "F1 \"Điểm\"",
                    "G1 \"Điểm tối đa\"",
                    "H1 \"Giải thích\""));
            List<String> merged = new ArrayList<>();
            int row = 2;
            for (Ranked entry : COMMUNES.entries()) {
                Scorecard card = entry.scorecard();
                int first = row;
                for (CriterionScore score : card.criteria()) {
                    if (row == first) {
                        expected.addAll(subject(row, entry));
                    }
                    expected.add("D" + row + " \"" + score.criterionId() + "\"");
                    expected.add("E" + row + " \"" + title(score.criterionId()) + "\"");
                    int at = row;
                    score.points(card.rounding())
                            .ifPresent(points -> expected.add("F" + at + " " + ReadBack.number(points.doubleValue())
                                    + " [" + SheetCells.places(points.scale()) + "]"));
                    expected.add(
                            "G" + row + " " + ReadBack.number(score.maxPoints().doubleValue()) + " ["
                                    + SheetCells.places(score.maxPoints().scale()) + "]");
                    expected.add("H" + row + " \"" + score.explanation().text() + "\"");
                    row++;
                }
                expected.add("E" + row + " \"Tổng điểm\"");
                expected.add("F" + row + " " + ReadBack.number(card.total().doubleValue()) + " [0.00]");
                expected.add("G" + row + " "
                        + ReadBack.number(card.maxPointsPresent().doubleValue()) + " ["
                        + SheetCells.places(card.maxPointsPresent().scale()) + "]");
                expected.add("H" + row + " \"" + card.band().titleVi() + "\"");
                for (String column : List.of("A", "B", "C")) {
                    merged.add(column + first + ":" + column + row);
                }
                row++;
            }

            assertThat(ReadBack.cells(sheet)).containsExactlyElementsOf(expected);
            assertThat(ReadBack.merged(sheet)).containsExactlyElementsOf(merged);
            Row firstCriterion = sheet.getRow(1);
            assertThat(firstCriterion.getCell(2).getStringCellValue()).isEqualTo("Muổi Nọi");
            assertThat(firstCriterion.getCell(7).getStringCellValue()).isNotBlank();
        }
    }

    private static List<String> subject(int row, Ranked entry) {
        return List.of(
                "A" + row + " " + entry.rank() + " [General]",
                "B" + row + " \"" + entry.scorecard().subject().id() + "\"",
                "C" + row + " \"" + entry.scorecard().subject().name() + "\"");
    }

    private static String title(String criterionId) {
        return SCHEME.criteria().stream()
                .filter(criterion -> criterion.id().equals(criterionId))
                .findFirst()
                .orElseThrow()
                .titleVi();
    }

    @Test
    void theEnglishWorkbookIsHeadedInEnglishAndAProvisionalSchemesBandsSaySo() throws IOException {
        ScoringScheme provisional = ScoringScheme.builder(SCHEME)
                .id(SCHEME.id() + "-draft")
                .status(SchemeStatus.PROVISIONAL)
                .build();
        Standings standings = Ranking.standard()
                .rank(List.of(provisional.score(EVIDENCE.communes().get(0))));

        try (XSSFWorkbook workbook = written(provisional, standings, Language.EN)) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Bands");
            assertThat(workbook.getSheetName(1)).isEqualTo("Scorecards");
            assertThat(ReadBack.cells(workbook.getSheetAt(0)))
                    .startsWith("A1 \"Band\"", "B1 \"Count\"", "C1 \"Rank\"", "D1 \"Code\"", "E1 \"Name\"")
                    .anyMatch(cell -> cell.endsWith(" (provisional)\""));
        }
    }

    @Test
    void scorecardsOfAnotherSchemeAreRefused() {
        Standings officials = Ranking.standard()
                .rank(List.of(EVIDENCE.officialScheme()
                        .score(EVIDENCE.districtOfficials().get(0))));

        assertThatThrownBy(() -> EvaluationWorkbook.workbook(SCHEME, officials, Language.VI))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not of scheme " + SCHEME.id());
    }
}
