package io.github.motcua.scoring.qd766;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.Language;
import io.github.motcua.dossier.Channel;
import io.github.motcua.evidence.DossierEvidence;
import io.github.motcua.evidence.Evidence;
import io.github.motcua.evidence.Share;
import io.github.motcua.evidence.Subject;
import io.github.motcua.scoring.SchemeStatus;
import io.github.motcua.scoring.Schemes;
import io.github.motcua.scoring.Scorecard;
import io.github.motcua.scoring.ScoringScheme;
import io.github.motcua.timeliness.Timeliness;
import io.github.motcua.unit.UnitLevel;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The QĐ 766/QĐ-TTg index: formulas at their boundaries, published breakdowns, user tables. */
class Qd766IndexTest {
    private static final ScoringScheme INDEX = Qd766Index.scheme();
    private static final Subject PROVINCE = Subject.unit("14", "Sơn La", UnitLevel.PROVINCE);

    private static Optional<BigDecimal> pointsOfMeasure(String indicator, String measure, long part, long whole) {
        Evidence evidence = Evidence.builder(PROVINCE)
                .measure(measure, new Share(part, whole))
                .build();
        return INDEX.score(evidence).points(indicator);
    }

    @ParameterizedTest(name = "{0} of {1} dossiers digitised (target 80%): {2} of 8 points")
    @CsvSource({"80, 100, 8.00", "100, 100, 8.00", "40, 100, 4.00", "0, 100, 0.00", "1, 3, 3.33"})
    void cappedLinearGivesTheMaximumAtTheTargetAndAShareBelowIt(long part, long whole, String points) {
        assertThat(pointsOfMeasure("qd766.4.1", "dossiers-digitised", part, whole))
                .contains(new BigDecimal(points));
    }

    @Test
    void aMeasureWithoutDataLeavesTheIndicatorOut() {
        assertThat(pointsOfMeasure("qd766.4.1", "dossiers-digitised", 0, 0)).isEmpty();
        assertThat(INDEX.score(Evidence.builder(PROVINCE).build()).points("qd766.4.1"))
                .isEmpty();
    }

    private static DossierEvidence dossier(int number, Timeliness timeliness, int complaints) {
        return new DossierEvidence(
                "D" + number, "1.000001", Channel.ONLINE, timeliness, List.of(), Optional.empty(), complaints);
    }

    private static Evidence dossiers(int onTime, int pendingWithin, int late, int pendingOverdue, int complained) {
        List<DossierEvidence> list = new ArrayList<>();
        int number = 0;
        for (int i = 0; i < onTime; i++) {
            list.add(dossier(number++, Timeliness.ON_TIME, 0));
        }
        for (int i = 0; i < pendingWithin; i++) {
            list.add(dossier(number++, Timeliness.PENDING_WITHIN, 0));
        }
        for (int i = 0; i < late; i++) {
            list.add(dossier(number++, Timeliness.LATE, 0));
        }
        for (int i = 0; i < pendingOverdue; i++) {
            list.add(dossier(number++, Timeliness.PENDING_OVERDUE, 0));
        }
        for (int i = 0; i < complained; i++) {
            list.add(dossier(number++, Timeliness.EARLY, 1));
        }
        return Evidence.builder(PROVINCE).dossiers(list).build();
    }

    @Test
    void theOnTimeRateCountsPendingWithinTheDeadlineAsOnTime() {
        // (70 on time + 20 pending within) / 100 = 90% of 20 points.
        Scorecard card = INDEX.score(dossiers(70, 20, 5, 5, 0));

        assertThat(card.points("qd766.2.1")).contains(new BigDecimal("18.00"));
        assertThat(INDEX.score(dossiers(100, 0, 0, 0, 0)).points("qd766.2.1")).contains(new BigDecimal("20.00"));
        assertThat(INDEX.score(dossiers(0, 0, 0, 0, 0)).points("qd766.2.1")).isEmpty();
    }

    @Test
    void satisfactionIsAHundredLessTheOverdueRateAndTheComplaintShare() {
        // 100% − 10% overdue − 5% with complaints = 85%, against a 90% target: 18 × 85/90 = 17.00.
        Scorecard card = INDEX.score(dossiers(85, 0, 6, 4, 5));
        // At or above the target: the maximum.
        Scorecard full = INDEX.score(dossiers(95, 0, 3, 0, 2));

        assertThat(card.points("qd766.5.1")).contains(new BigDecimal("17.00"));
        assertThat(full.points("qd766.5.1")).contains(new BigDecimal("18.00"));
        assertThat(INDEX.score(dossiers(0, 0, 10, 0, 0)).points("qd766.5.1")).contains(new BigDecimal("0.00"));
    }

    @Test
    void aPublishedBreakdownTotalsThroughTheIndexsAggregation() {
        Map<String, BigDecimal> groups = new LinkedHashMap<>();
        groups.put("1", new BigDecimal("15.67"));
        groups.put("2", new BigDecimal("19.31"));
        groups.put("3", new BigDecimal("17.49"));
        groups.put("4", new BigDecimal("17.86"));
        groups.put("5", new BigDecimal("16.64"));

        IndexCheck check =
                Qd766Index.check(new PublishedIndex("tỉnh A", groups, new BigDecimal("86.97")), IndexTable.bundled());

        assertThat(Qd766Index.total(groups)).isEqualByComparingTo("86.97");
        assertThat(check.consistent()).isTrue();
        assertThat(INDEX.bands().classify(new BigDecimal("86.97")).id()).isEqualTo("GOOD");
    }

    @Test
    void aBreakdownWhoseTotalDisagreesIsReportedWithTheDifference() {
        Map<String, BigDecimal> groups = Map.of(
                "1", new BigDecimal("15.67"),
                "2", new BigDecimal("21.00"),
                "3", new BigDecimal("17.49"),
                "4", new BigDecimal("17.86"),
                "5", new BigDecimal("16.64"));

        IndexCheck check =
                Qd766Index.check(new PublishedIndex("tỉnh B", groups, new BigDecimal("86.97")), IndexTable.bundled());

        assertThat(check.consistent()).isFalse();
        assertThat(check.difference()).isEqualByComparingTo("-1.69");
        assertThat(check.problems()).containsExactly("group 2: 21.00 is outside 0 to 20");
    }

    @Test
    void theIndexIsInstalledAndSaysItIsProvisional() {
        ScoringScheme installed = Schemes.installed().require(Qd766Index.ID);

        assertThat(installed.status()).isEqualTo(SchemeStatus.PROVISIONAL);
        assertThat(installed.maxPoints()).isEqualByComparingTo("100");
        assertThat(IndexTable.bundled().groups())
                .containsExactly(
                        Map.entry("1", new BigDecimal("18")),
                        Map.entry("2", new BigDecimal("20")),
                        Map.entry("3", new BigDecimal("22")),
                        Map.entry("4", new BigDecimal("22")),
                        Map.entry("5", new BigDecimal("18")));
    }

    private static final String HEADER =
            "group\tgroup_title\tgroup_max\tid\ttitle_vi\ttitle_en\tmax\tformula\tmeasure\ttarget_percent\tsource\tstatus\n";

    @Test
    void aUsersTableWithAnotherTargetScoresWithIt() throws IOException {
        String table = HEADER + "1\tA\t60\tu.1\tMột\tOne\t60\tCAPPED_LINEAR\tm\t50\tQĐ riêng\tVERIFIED\n"
                + "2\tB\t40\tu.2\tHai\tTwo\t40\tON_TIME_RATE\t\t100\tQĐ riêng\tVERIFIED\n";
        ScoringScheme ours = Qd766Index.scheme(IndexTable.parse(new StringReader(table), "ours.tsv"), "ours", "1");

        Scorecard card = ours.score(
                Evidence.builder(PROVINCE).measure("m", new Share(25, 100)).build());

        assertThat(card.points("u.1")).contains(new BigDecimal("30.00"));
    }

    @Test
    void aDossierOverdueAndComplainedAboutIsSubtractedTwiceByDefaultAndOnceByTheNeitherVariant() throws IOException {
        // 10 dossiers: 9 early without complaint, 1 late with a verified complaint.
        List<DossierEvidence> list = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            list.add(dossier(i, Timeliness.EARLY, 0));
        }
        list.add(dossier(9, Timeliness.LATE, 1));
        Evidence evidence = Evidence.builder(PROVINCE).dossiers(list).build();
        String table = HEADER + "1\tA\t50\ts.1\tMột\tOne\t50\tSATISFACTION\t\t100\tQĐ\tVERIFIED\n"
                + "2\tB\t50\ts.2\tHai\tTwo\t50\tSATISFACTION_NEITHER\t\t100\tQĐ\tVERIFIED\n";
        Scorecard card = Qd766Index.scheme(IndexTable.parse(new StringReader(table), "both.tsv"), "both", "1")
                .score(evidence);

        assertThat(card.points("s.1")).contains(new BigDecimal("40.00"));
        assertThat(card.points("s.2")).contains(new BigDecimal("45.00"));
        assertThat(card.explain(Language.EN))
                .contains("8 of 10 (80%) left of the dossiers less 1 overdue and less 1 complained about")
                .contains("9 of 10 (90%) dossiers neither overdue nor complained about");
    }

    @Test
    void anInvalidTableIsRefusedNamingEachIndicatorAndProblem() {
        String table = HEADER
                + "1\tA\t60\tu.1\tMột\tOne\t50\tCAPPED_LINEAR\tm\t50\t\tVERIFIED\n"
                + "1\tA\t60\tu.2\tHai\tTwo\t5\tMAGIC\tm\t50\tQĐ\tVERIFIED\n"
                + "2\tB\t40\tu.3\tBa\tThree\t40\tCAPPED_LINEAR\t\t150\tQĐ\tVERIFIED\n";

        assertThatThrownBy(() -> IndexTable.parse(new StringReader(table), "bad.tsv"))
                .isInstanceOf(InvalidIndexTableException.class)
                .satisfies(thrown -> assertThat(((InvalidIndexTableException) thrown).problems())
                        .containsExactly(
                                "line 2, indicator u.1: the indicator has no source; every indicator needs its document",
                                "line 3, indicator u.2: unknown formula 'MAGIC'; the formulas are [CAPPED_LINEAR,"
                                        + " ON_TIME_RATE, SATISFACTION, SATISFACTION_NEITHER]",
                                "line 4, indicator u.3: a CAPPED_LINEAR indicator needs the measure it reads",
                                "line 4, indicator u.3: target 150 must be above 0 and at most 100 (percent)"));
    }

    @Test
    void aTableWhoseIndicatorsDoNotAddUpToTheirGroupIsRefused() {
        String table = HEADER + "1\tA\t60\tu.1\tMột\tOne\t50\tCAPPED_LINEAR\tm\t50\tQĐ\tVERIFIED\n"
                + "2\tB\t40\tu.2\tHai\tTwo\t40\tON_TIME_RATE\t\t100\tQĐ\tVERIFIED\n";

        assertThatThrownBy(() -> IndexTable.parse(new StringReader(table), "short.tsv"))
                .isInstanceOf(InvalidIndexTableException.class)
                .hasMessageContaining("group 1: its indicators' maxima add up to 50, not its maximum 60");
    }

    @Test
    void aTableWithoutItsHeaderIsRefused() {
        String table = "1\tA\t100\tu.1\tMột\tOne\t100\tCAPPED_LINEAR\tm\t50\tQĐ\tVERIFIED\n";

        assertThatThrownBy(() -> IndexTable.parse(new StringReader(table), "headless.tsv"))
                .isInstanceOf(InvalidIndexTableException.class)
                .hasMessageContaining("line 1: the header must be the column names");
    }

    @Test
    void aTargetInExponentFormIsReadAsItsValue() throws IOException {
        String table = HEADER + "1\tA\t100\tu.1\tMột\tOne\t100\tCAPPED_LINEAR\tm\t1E+2\tQĐ\tVERIFIED\n";
        ScoringScheme ours = Qd766Index.scheme(IndexTable.parse(new StringReader(table), "e.tsv"), "e", "1");

        Scorecard card = ours.score(
                Evidence.builder(PROVINCE).measure("m", new Share(50, 100)).build());

        assertThat(card.points("u.1")).contains(new BigDecimal("50.00"));
    }

    @Test
    void aPublicationWithoutAGroupIsReported() {
        IndexCheck check = Qd766Index.check(
                new PublishedIndex("tỉnh C", Map.of("1", new BigDecimal("15.67")), new BigDecimal("15.67")),
                IndexTable.bundled());

        assertThat(check.consistent()).isFalse();
        assertThat(check.problems()).contains("group 2 is missing from the publication");
    }

    @Test
    void partialDataIsScaledToAHundredAndTheCardSaysTheSchemeIsProvisional() {
        Evidence evidence = Evidence.builder(PROVINCE)
                .measure("dossiers-digitised", new Share(80, 100))
                .build();

        Scorecard card = INDEX.score(evidence);

        assertThat(card.total()).isEqualByComparingTo("100.00");
        assertThat(card.maxPointsPresent()).isEqualByComparingTo("8");
        assertThat(card.explain(Language.EN)).contains("Excellent (provisional scheme)");
        assertThat(card.explain(Language.VI)).contains("Xuất sắc (bộ tiêu chí tạm thời)");
    }
}
