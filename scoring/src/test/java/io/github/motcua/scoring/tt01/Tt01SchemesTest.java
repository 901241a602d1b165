package io.github.motcua.scoring.tt01;

import static io.github.motcua.evidence.StepTiming.EQUAL;
import static io.github.motcua.evidence.StepTiming.LONGER;
import static io.github.motcua.evidence.StepTiming.SHORTER;
import static io.github.motcua.timeliness.Timeliness.EARLY;
import static io.github.motcua.timeliness.Timeliness.LATE;
import static io.github.motcua.timeliness.Timeliness.ON_TIME;
import static io.github.motcua.timeliness.Timeliness.PENDING_WITHIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.github.motcua.InvalidValueException;
import io.github.motcua.Language;
import io.github.motcua.evidence.DeskProcessing;
import io.github.motcua.evidence.DossierEvidence;
import io.github.motcua.evidence.Evidence;
import io.github.motcua.evidence.FeedbackHandling;
import io.github.motcua.evidence.InvalidEvidenceException;
import io.github.motcua.evidence.OnlineServices;
import io.github.motcua.evidence.Publication;
import io.github.motcua.evidence.StepEvidence;
import io.github.motcua.evidence.Subject;
import io.github.motcua.scoring.Criterion;
import io.github.motcua.scoring.MissingDataPolicy;
import io.github.motcua.scoring.Scorecard;
import io.github.motcua.scoring.ScoringScheme;
import io.github.motcua.unit.UnitLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The TT 01/2018/TT-VPCP schemes on facts written from the rules' text (Điều 12–15). */
class Tt01SchemesTest {
    private static final Subject DISTRICT_UNIT = Subject.unit("H.P01", "Phòng Tư pháp", UnitLevel.DISTRICT);

    /**
     * Four evaluated dossiers (early, early, on time, late) and three from the system only: every
     * dossier-level indicator averages 5/4 = 1.25, which rounds to 1.3 before the sum.
     */
    private static Evidence unitEvidence() {
        List<DossierEvidence> dossiers = new ArrayList<>();
        dossiers.add(withSteps(Facts.evaluated(EARLY, 0, 0), SHORTER));
        dossiers.add(Facts.evaluated(EARLY, 1, 1));
        dossiers.add(Facts.evaluated(ON_TIME, 2, 0));
        dossiers.add(Facts.evaluated(LATE, 0, 2));
        dossiers.add(Facts.withSteps(EARLY, SHORTER, SHORTER));
        dossiers.add(Facts.withSteps(LATE, SHORTER, LONGER));
        dossiers.add(Facts.withSteps(PENDING_WITHIN, EQUAL));
        return Evidence.builder(DISTRICT_UNIT)
                .dossiers(dossiers)
                .deskProcessing(new DeskProcessing(10, 5, false))
                .publication(Facts.PROCEDURE, Publication.ONE_OF_TWO)
                .feedback(new FeedbackHandling(10, 9, 0))
                .onlineServices(new OnlineServices(10, 2, 100, 30, 0))
                .build();
    }

    private static DossierEvidence withSteps(DossierEvidence dossier, io.github.motcua.evidence.StepTiming timing) {
        return new DossierEvidence(
                dossier.dossierId(),
                dossier.procedureCode(),
                dossier.channel(),
                dossier.timeliness(),
                List.of(new StepEvidence("S", "U", "official-1", timing)),
                dossier.evaluation(),
                dossier.verifiedComplaints());
    }

    @Test
    void aUnitGetsTheExactPointsOfEachIndicatorAndItsBand() {
        Scorecard card = Tt01Schemes.units().score(unitEvidence());

        assertThat(card.points("tt01.1")).contains(new BigDecimal("1.3"));
        assertThat(card.points("tt01.2")).contains(new BigDecimal("1.3"));
        assertThat(card.points("tt01.3")).contains(new BigDecimal("1.3"));
        assertThat(card.points("tt01.4")).contains(new BigDecimal("1.3"));
        assertThat(card.points("tt01.5")).contains(new BigDecimal("2.0"));
        assertThat(card.points("tt01.6")).contains(new BigDecimal("1.0"));
        assertThat(card.points("tt01.7")).contains(new BigDecimal("1.3"));
        assertThat(card.points("tt01.8")).contains(new BigDecimal("1.0"));
        assertThat(card.points("tt01.9")).contains(new BigDecimal("2.0"));
        assertThat(card.total()).isEqualByComparingTo("12.5");
        assertThat(card.band()).isEqualTo(Tt01Schemes.GOOD);
    }

    @Test
    void eachAverageIsRoundedBeforeTheSum() {
        Scorecard oneDecimal = Tt01Schemes.units().score(unitEvidence());
        Scorecard twoDecimals = Tt01Schemes.unitsTwoDecimals().score(unitEvidence());

        // 5 × 1.25 + 6 = 12.25: rounded at the end it would be 12.3, rounded per indicator it is 12.5.
        assertThat(oneDecimal.total()).isEqualTo(new BigDecimal("12.5"));
        assertThat(twoDecimals.total()).isEqualTo(new BigDecimal("12.25"));
        assertThat(twoDecimals.points("tt01.1")).contains(new BigDecimal("1.25"));
    }

    @Test
    void theExplanationNamesTheCountsAndTheDossiersThatLostPoints() {
        Scorecard card = Tt01Schemes.units().score(unitEvidence());
        var indicator1 = card.criteria().get(0).explanation();

        assertThat(indicator1.counts())
                .containsEntry("evaluated dossiers", 4L)
                .containsEntry("scored 2", 2L)
                .containsEntry("scored 1", 1L)
                .containsEntry("scored 0", 1L);
        assertThat(indicator1.dossierIds().get("scored 0")).hasSize(1);
        assertThat(indicator1.text()).startsWith("Average over 4 evaluated dossiers: 5/4.");
        assertThat(card.explain(Language.EN)).contains("tt01.9: 2.0 of 2").contains("12.5 of 18, Good");
        assertThat(card.explain(Language.VI))
                .contains("tt01.9: 2.0 trên 2")
                .contains("12.5 trên 18, Tốt (điểm tiêu chí làm tròn HALF_UP, 1 chữ số thập phân;");
    }

    @ParameterizedTest(name = "a unit at {0} is {1}")
    @CsvSource({"15.0, EXCELLENT", "14.9, GOOD", "12.0, GOOD", "11.9, FAIR", "9.0, FAIR", "6.0, AVERAGE", "5.9, WEAK"})
    void unitBandsHaveInclusiveLowerBounds(String total, String band) {
        assertThat(Tt01Schemes.units().bands().classify(new BigDecimal(total)).id())
                .isEqualTo(band);
    }

    @ParameterizedTest(name = "under the strict variant a unit at {0} is {1}")
    @CsvSource({"15.1, EXCELLENT", "15.0, GOOD", "12.0, FAIR"})
    void theStrictVariantNeedsMoreThanEachBound(String total, String band) {
        assertThat(Tt01Schemes.unitsStrict()
                        .bands()
                        .classify(new BigDecimal(total))
                        .id())
                .isEqualTo(band);
    }

    @ParameterizedTest(name = "an official at {0} is {1}")
    @CsvSource({"3.4, BELOW_SEVENTY", "3.5, SEVENTY_TO_FULL", "4.9, SEVENTY_TO_FULL", "5.0, FULL", "10, FULL"})
    void officialsCompleteTheirDutiesByPoints(String total, String band) {
        assertThat(Tt01Schemes.officials()
                        .bands()
                        .classify(new BigDecimal(total))
                        .id())
                .isEqualTo(band);
    }

    @ParameterizedTest(name = "{0}: {2} of {1} procedures fully at the desk, all eligible there {3}: {4} points")
    @CsvSource({
        "CENTRAL, 100, 20, false, 2",
        "CENTRAL, 100, 19, false, 0",
        "PROVINCE, 100, 20, false, 2",
        "PROVINCE, 100, 19, true, 1",
        "DISTRICT, 100, 50, false, 2",
        "DISTRICT, 100, 49, true, 1",
        "DISTRICT, 100, 49, false, 0",
        "COMMUNE, 40, 40, false, 2",
        "COMMUNE, 40, 39, true, 1"
    })
    void indicatorFiveDependsOnTheUnitsLevel(
            UnitLevel level, long procedures, long atDesk, boolean allEligible, int points) {
        Evidence evidence = Evidence.builder(Subject.unit("U", "Unit", level))
                .deskProcessing(new DeskProcessing(procedures, atDesk, allEligible))
                .build();

        assertThat(Tt01Schemes.units().score(evidence).points("tt01.5"))
                .contains(BigDecimal.valueOf(points).setScale(1));
    }

    @ParameterizedTest(name = "{0} received, {1} on time, {2} prolonged: {3} points")
    @CsvSource({"0, 0, 0, 2", "20, 20, 0, 2", "20, 18, 0, 1", "20, 17, 0, 0", "20, 20, 1, 0"})
    void indicatorEightScoresFeedbackHandling(long received, long onTime, long prolonged, int points) {
        Evidence evidence = Evidence.builder(DISTRICT_UNIT)
                .feedback(new FeedbackHandling(received, onTime, prolonged))
                .build();

        assertThat(Tt01Schemes.units().score(evidence).points("tt01.8"))
                .contains(BigDecimal.valueOf(points).setScale(1));
    }

    @ParameterizedTest(name = "{1} of {0} procedures online, {3} of {2} dossiers online, {4} overdue: {5} points")
    @CsvSource({
        "10, 2, 100, 30, 0, 2",
        "10, 1, 100, 30, 0, 1",
        "10, 2, 100, 29, 0, 1",
        "10, 2, 100, 15, 0, 1",
        "10, 2, 100, 14, 0, 0",
        "10, 2, 100, 30, 1, 0",
        "10, 0, 100, 0, 0, 0",
        "1000000000000000000, 1, 1000000000000000000, 1, 0, 0"
    })
    void indicatorNineScoresOnlineServices(
            long eligible, long online, long dossiers, long onlineDossiers, long overdue, int points) {
        Evidence evidence = Evidence.builder(DISTRICT_UNIT)
                .onlineServices(new OnlineServices(eligible, online, dossiers, onlineDossiers, overdue))
                .build();

        assertThat(Tt01Schemes.units().score(evidence).points("tt01.9"))
                .contains(BigDecimal.valueOf(points).setScale(1));
    }

    @Test
    void anIndicatorWithoutDataIsLeftOutOfTheTotalByDefault() {
        Evidence evidence = Evidence.builder(DISTRICT_UNIT)
                .dossiers(List.of(Facts.withSteps(EARLY, SHORTER)))
                .feedback(new FeedbackHandling(0, 0, 0))
                .build();

        Scorecard card = Tt01Schemes.units().score(evidence);

        assertThat(card.points("tt01.1")).isEmpty();
        assertThat(card.missingData()).isEqualTo(MissingDataPolicy.EXCLUDE);
        assertThat(card.total()).isEqualByComparingTo("4.0");
        assertThat(card.maxPointsPresent()).isEqualByComparingTo("4");
        assertThat(card.band()).isEqualTo(Tt01Schemes.WEAK);
    }

    @Test
    void rescalingScalesThePresentIndicatorsToTheMaximum() {
        ScoringScheme rescaled = ScoringScheme.builder(Tt01Schemes.units())
                .id("tt01-2018-units-rescaled")
                .missingData(MissingDataPolicy.RESCALE)
                .build();
        Evidence evidence = Evidence.builder(DISTRICT_UNIT)
                .dossiers(List.of(Facts.withSteps(EARLY, SHORTER)))
                .feedback(new FeedbackHandling(10, 9, 0))
                .build();

        Scorecard card = rescaled.score(evidence);

        // Indicators 2 (2.0) and 8 (1.0) are present: 3.0 × 18 / 4 = 13.5.
        assertThat(card.total()).isEqualByComparingTo("13.5");
        assertThat(card.band()).isEqualTo(Tt01Schemes.GOOD);
    }

    @Test
    void theApplicantsRatingTakesPrecedenceOverTheRecords() {
        Evidence evidence = Evidence.builder(DISTRICT_UNIT)
                .dossiers(List.of(Facts.rated(LATE, Map.of("tt01.1", 2))))
                .build();

        Scorecard card = Tt01Schemes.units().score(evidence);

        assertThat(card.points("tt01.1")).contains(new BigDecimal("2.0"));
        assertThat(card.points("tt01.7")).contains(new BigDecimal("0.0"));
        assertThat(card.criteria().get(0).explanation().counts()).containsEntry("from the applicant's rating", 1L);
    }

    @Test
    void aVerifiedComplaintMakesIndicatorSevenZeroWhateverTheRating() {
        DossierEvidence rated = Facts.rated(EARLY, Map.of("tt01.7", 2));
        DossierEvidence complained = new DossierEvidence(
                rated.dossierId(),
                rated.procedureCode(),
                rated.channel(),
                rated.timeliness(),
                List.of(),
                rated.evaluation(),
                1);

        Scorecard card = Tt01Schemes.units()
                .score(Evidence.builder(DISTRICT_UNIT)
                        .dossiers(List.of(complained))
                        .build());

        assertThat(card.points("tt01.7")).contains(new BigDecimal("0.0"));
        assertThat(card.points("tt01.1")).contains(new BigDecimal("2.0"));
    }

    @Test
    void aRatingAboveTwoIsRejectedNamingTheDossierAndTheIndicator() {
        DossierEvidence rated = Facts.rated(EARLY, Map.of("tt01.3", 5));
        Evidence evidence =
                Evidence.builder(DISTRICT_UNIT).dossiers(List.of(rated)).build();

        assertThatThrownBy(() -> Tt01Schemes.units().score(evidence))
                .isInstanceOf(InvalidEvidenceException.class)
                .hasMessage("DossierEvidence '" + rated.dossierId()
                        + "': ratings.tt01.3 = 5 breaks the rule: the applicant rates TT 01/2018/TT-VPCP indicators 0,"
                        + " 1 or 2")
                .asInstanceOf(type(InvalidValueException.class))
                .returns(rated.dossierId(), InvalidValueException::valueId);
    }

    @Test
    void anOfficialIsScoredOnTheDossiersAndStepsTheyHandled() {
        DossierEvidence shared = new DossierEvidence(
                "D-shared",
                Facts.PROCEDURE,
                io.github.motcua.dossier.Channel.DIRECT,
                LATE,
                List.of(
                        new StepEvidence("RECEIPT", "BPMC", "clerk", SHORTER),
                        new StepEvidence("PROCESS", "P01", "expert", LONGER)),
                Optional.empty(),
                0);
        DossierEvidence other = Facts.withSteps(EARLY, SHORTER);
        Subject clerk = Subject.official("clerk", "Lò Văn A", UnitLevel.DISTRICT);

        Evidence evidence = Evidence.ofOfficial(clerk, List.of(shared, other));
        Scorecard card = Tt01Schemes.officials().score(evidence);

        assertThat(evidence.dossiers()).extracting(DossierEvidence::dossierId).containsExactly("D-shared");
        assertThat(card.points("tt01.2")).contains(new BigDecimal("2.0"));
        assertThat(card.maxPoints()).isEqualByComparingTo("10");
        assertThat(card.total()).isEqualByComparingTo("2.0");
        assertThat(card.band()).isEqualTo(Tt01Schemes.BELOW_SEVENTY);
    }

    @Test
    void theOfficialsSchemeHasIndicatorsOneTwoThreeFourAndSeven() {
        assertThat(Tt01Schemes.officials().criteria())
                .extracting(criterion -> criterion.id())
                .containsExactly("tt01.1", "tt01.2", "tt01.3", "tt01.4", "tt01.7");
        assertThat(Tt01Schemes.units().maxPoints()).isEqualByComparingTo("18");
    }

    @Test
    void indicatorSixAveragesOverAllTheDossiersNotOnlyTheEvaluatedOnes() {
        Evidence evidence = Evidence.builder(DISTRICT_UNIT)
                .dossiers(List.of(
                        Facts.evaluated(EARLY),
                        Facts.dossier(EARLY, List.of(), Optional.empty(), 0),
                        Facts.dossier(EARLY, List.of(), Optional.empty(), 0),
                        new DossierEvidence(
                                "other-procedure",
                                "2.000002",
                                io.github.motcua.dossier.Channel.DIRECT,
                                EARLY,
                                List.of(),
                                Optional.empty(),
                                0)))
                .publication(Facts.PROCEDURE, Publication.ON_SITE_AND_ELECTRONIC)
                .publication("2.000002", Publication.NOT_PUBLISHED)
                .build();

        // 2 + 2 + 2 + 0 over 4 dossiers, of which only one was evaluated.
        assertThat(Tt01Schemes.units().score(evidence).points("tt01.6")).contains(new BigDecimal("1.5"));
    }

    @ParameterizedTest(name = "{0} eligible procedures, {1} dossiers: no data")
    @CsvSource({"0, 100", "10, 0"})
    void indicatorNineHasNoDataWithoutEligibleProceduresOrDossiers(long eligible, long dossiers) {
        Evidence evidence = Evidence.builder(DISTRICT_UNIT)
                .onlineServices(new OnlineServices(eligible, 0, dossiers, 0, 0))
                .build();

        assertThat(Tt01Schemes.units().score(evidence).points("tt01.9")).isEmpty();
    }

    @Test
    void aDossierPendingOverItsDeadlineScoresZeroOnIndicatorsOneAndSeven() {
        Evidence evidence = Evidence.builder(DISTRICT_UNIT)
                .dossiers(List.of(Facts.evaluated(io.github.motcua.timeliness.Timeliness.PENDING_OVERDUE)))
                .build();
        Scorecard card = Tt01Schemes.units().score(evidence);

        assertThat(card.points("tt01.1")).contains(new BigDecimal("0.0"));
        assertThat(card.points("tt01.7")).contains(new BigDecimal("0.0"));
    }

    @Test
    void rescalingWithoutAnyDataGivesZero() {
        ScoringScheme rescaled = ScoringScheme.builder(Tt01Schemes.units())
                .id("rescaled")
                .missingData(MissingDataPolicy.RESCALE)
                .build();

        Scorecard card = rescaled.score(Evidence.builder(DISTRICT_UNIT).build());

        assertThat(card.hasData()).isFalse();
        assertThat(card.total()).isEqualByComparingTo("0");
    }

    /** An official who received dossiers: {@code early} early and {@code late} late, all evaluated. */
    private static Scorecard official(int early, int late) {
        List<DossierEvidence> dossiers = new ArrayList<>();
        for (int i = 0; i < early + late; i++) {
            DossierEvidence evaluated = Facts.evaluated(i < early ? EARLY : LATE);
            dossiers.add(new DossierEvidence(
                    evaluated.dossierId(),
                    evaluated.procedureCode(),
                    evaluated.channel(),
                    evaluated.timeliness(),
                    List.of(new StepEvidence(
                            "RECEIPT", "BPMC", "clerk", io.github.motcua.evidence.StepTiming.NOT_TIMED)),
                    evaluated.evaluation(),
                    0));
        }
        return Tt01Schemes.officials()
                .score(Evidence.ofOfficial(Subject.official("clerk", "Lò Thị B", UnitLevel.COMMUNE), dossiers));
    }

    @Test
    void anOfficialsUntimedStepsStillMakeTheDossiersTheirs() {
        Scorecard card = official(4, 0);

        assertThat(card.points("tt01.1")).contains(new BigDecimal("2.0"));
        assertThat(card.points("tt01.2")).isEmpty();
        assertThat(card.total()).isEqualByComparingTo("8.0");
        assertThat(card.band()).isEqualTo(Tt01Schemes.FULL);
    }

    @Test
    void officialsAreClassedByTheTotalTheirDossiersGive() {
        // Indicators 3 and 4 give 2 each; 1 and 7 give the share of early dossiers, twice.
        assertThat(official(3, 17).total()).isEqualByComparingTo("4.6"); // 0.3 + 2 + 2 + 0.3
        assertThat(official(3, 17).band()).isEqualTo(Tt01Schemes.SEVENTY_TO_FULL);
        assertThat(official(0, 1).total()).isEqualByComparingTo("4.0");
        assertThat(official(0, 1).band()).isEqualTo(Tt01Schemes.SEVENTY_TO_FULL);
        assertThat(official(1, 3).total()).isEqualByComparingTo("5.0"); // 0.5 + 2 + 2 + 0.5
        assertThat(official(1, 3).band()).isEqualTo(Tt01Schemes.FULL);
    }

    @Test
    void aCriterionWhoseMaximumHasMoreDecimalsThanTheRoundingIsRefused() {
        Criterion quarter = new Criterion() {
            @Override
            public String id() {
                return "quarter";
            }

            @Override
            public String titleVi() {
                return "Một phần tư";
            }

            @Override
            public String titleEn() {
                return "A quarter";
            }

            @Override
            public BigDecimal maxPoints() {
                return new BigDecimal("0.25");
            }

            @Override
            public io.github.motcua.scoring.CriterionLevel level() {
                return io.github.motcua.scoring.CriterionLevel.UNIT;
            }

            @Override
            public io.github.motcua.scoring.CriterionScore score(Evidence evidence) {
                return io.github.motcua.scoring.CriterionScore.of(
                        this, maxPoints(), io.github.motcua.scoring.Explanation.of("always"));
            }
        };

        assertThatThrownBy(() -> ScoringScheme.builder(Tt01Schemes.units())
                        .criteria(List.of(quarter))
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has more decimals than the rounding keeps");
    }
}
