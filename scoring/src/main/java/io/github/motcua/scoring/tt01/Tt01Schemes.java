package io.github.motcua.scoring.tt01;

import io.github.motcua.evidence.DossierEvidence;
import io.github.motcua.evidence.Publication;
import io.github.motcua.evidence.StepEvidence;
import io.github.motcua.evidence.StepTiming;
import io.github.motcua.rate.Rounding;
import io.github.motcua.scoring.Band;
import io.github.motcua.scoring.Bands;
import io.github.motcua.scoring.Criterion;
import io.github.motcua.scoring.ScoringScheme;
import io.github.motcua.scoring.internal.ScoringLabels;
import io.github.motcua.scoring.tt01.DossierIndicator.Points;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The schemes of TT 01/2018/TT-VPCP Điều 12–15 (effective 6/1/2019), and their provincial variants.
 *
 * <ul>
 *   <li>{@link #units()}: nine indicators of 0, 1 or 2 points, maximum 18; indicators 1, 3, 4 and 7
 *       averaged over the evaluated dossiers, 2 and 6 over all the dossiers, 5, 8 and 9 from the
 *       unit's facts; each average rounded half-up to 1 decimal before the sum; indicators without
 *       data left out (Điều 15.4.b); bands from 15 excellent, from 12 good, from 9 fair, from 6
 *       average, below 6 weak.
 *   <li>{@link #officials()}: indicators 1, 2, 3, 4 and 7 over the dossiers the official handled,
 *       maximum 10; from 5 the official completes 100% of duties, from 3.5 70% to under 100%, below
 *       3.5 under 70%.
 *   <li>{@link #unitsTwoDecimals()} and {@link #unitsStrict()}: the variants some provinces use.
 * </ul>
 *
 * <p>For an evaluated dossier, indicators 1, 3, 4 and 7 take the applicant's rating when the
 * evaluation gives one under the indicator's id ({@code tt01.1} …), and otherwise the records: the
 * dossier's class for 1 and 7, the contacts and agencies the applicant reported for 3 and 4. A
 * verified complaint makes indicator 7 zero whatever the rating. Indicator 7 for a late dossier
 * without a verified complaint is not spelled out in the text; it scores 0 (policy
 * LATE_SCORES_ZERO, inferred). A dossier pending over its deadline has already taken longer than
 * the legal limit: indicators 1 and 7 score it 0 (inferred). Indicator 2 scores a dossier by its
 * worst timed step: 0 when a step took longer than its allotment, 1 when one took exactly its
 * allotment, otherwise 2. For indicator 4 the reported count of agencies includes the one-stop
 * desk and leaves out the bodies the law requires the applicant to contact: none 2, one 1, more 0.
 * Whether TT 03/2025/TT-VPCP keeps these rules is an open question.
 */
public final class Tt01Schemes {
    /** The legal source of the schemes. */
    public static final String LEGAL_SOURCE = "Thông tư 01/2018/TT-VPCP ngày 23/11/2018, Điều 12–15";

    /** The day the schemes took effect. */
    public static final LocalDate EFFECTIVE_FROM = LocalDate.of(2019, 1, 6);

    /** The id of {@link #units()}. */
    public static final String UNITS_ID = "tt01-2018-units";

    /** The id of {@link #unitsTwoDecimals()}. */
    public static final String UNITS_TWO_DECIMALS_ID = "tt01-2018-units-2dp";

    /** The id of {@link #unitsStrict()}. */
    public static final String UNITS_STRICT_ID = "tt01-2018-units-strict";

    /** The id of {@link #officials()}. */
    public static final String OFFICIALS_ID = "tt01-2018-officials";

    /** From 15 points (Điều 15): hoàn thành xuất sắc nhiệm vụ. */
    public static final Band EXCELLENT = ScoringLabels.band("EXCELLENT");

    /** From 12 to under 15 points: tốt. */
    public static final Band GOOD = ScoringLabels.band("GOOD");

    /** From 9 to under 12 points: khá. */
    public static final Band FAIR = ScoringLabels.band("FAIR");

    /** From 6 to under 9 points: trung bình. */
    public static final Band AVERAGE = ScoringLabels.band("AVERAGE");

    /** Under 6 points: yếu. */
    public static final Band WEAK = ScoringLabels.band("WEAK");

    /** An official from 5 points: completes 100% of duties. */
    public static final Band FULL = ScoringLabels.band("FULL");

    /** An official from 3.5 to under 5 points: completes 70% to under 100% of duties. */
    public static final Band SEVENTY_TO_FULL = ScoringLabels.band("SEVENTY_TO_FULL");

    /** An official under 3.5 points: completes under 70% of duties. */
    public static final Band BELOW_SEVENTY = ScoringLabels.band("BELOW_SEVENTY");

    private static final String VERSION = "2018";
    private static final Rounding ONE_DECIMAL = Rounding.of(Rounding.Mode.HALF_UP, 1);

    private static final Criterion PROCESSING_TIME = new DossierIndicator(
            1,
            "Tổng thời gian giải quyết so với thời gian quy định",
            "Total processing time against the legal limit",
            true,
            "Shorter 2, equal 1, longer 0 (resolved early, on time, late; pending over the deadline is already"
                    + " longer); other dossiers have no data.",
            (evidence, dossier) ->
                    DossierIndicator.rating(dossier, indicatorId(1)).orElseGet(() -> byClass(dossier)));

    private static final Criterion STEP_TIME = new DossierIndicator(
            2,
            "Thời gian thực hiện của từng cơ quan, đơn vị so với quy định",
            "Time of each participating unit against its allotment",
            false,
            "A dossier scores by its worst step against the step's allotment: shorter 2, equal 1, longer 0;"
                    + " dossiers without timed steps have no data.",
            (evidence, dossier) -> worstStep(dossier.steps()));

    private static final Criterion CONTACTS = new DossierIndicator(
            3,
            "Số lần phải liên hệ để hoàn thiện hồ sơ",
            "Contacts the applicant needed to complete the dossier",
            true,
            "None 2, once 1, more 0, as the applicant rated or reported.",
            (evidence, dossier) -> DossierIndicator.rating(dossier, indicatorId(3))
                    .orElseGet(() -> dossier.evaluation()
                            .flatMap(evaluation -> evaluation.contactsNeeded())
                            .map(count -> new Points(DossierIndicator.fewerIsBetter(count), "the reported contacts"))
                            .orElse(null)));

    private static final Criterion AGENCIES = new DossierIndicator(
            4,
            "Số cơ quan, đơn vị phải liên hệ",
            "Agencies the applicant had to contact",
            true,
            "None 2, only the one-stop desk 1, more than one 0, as the applicant rated or reported.",
            (evidence, dossier) -> DossierIndicator.rating(dossier, indicatorId(4))
                    .orElseGet(() -> dossier.evaluation()
                            .flatMap(evaluation -> evaluation.agenciesContacted())
                            .map(count -> new Points(DossierIndicator.fewerIsBetter(count), "the reported agencies"))
                            .orElse(null)));

    private static final Criterion PUBLICATION = new DossierIndicator(
            6,
            "Công khai thủ tục hành chính",
            "Publication of procedures",
            false,
            "A dossier scores by how its procedure is published: on site and electronically 2, one of the two 1,"
                    + " otherwise 0; procedures without publication data have no data.",
            (evidence, dossier) -> {
                Publication publication = evidence.publication().get(dossier.procedureCode());
                return publication == null ? null : new Points(publicationPoints(publication), "the publication");
            });

    private static final Criterion ATTITUDE = new DossierIndicator(
            7,
            "Thái độ của cán bộ, công chức",
            "Attitude of officials",
            true,
            "A verified complaint 0; otherwise the applicant's rating, or early 2, on time 1, late or pending over"
                    + " the deadline 0 (LATE_SCORES_ZERO, inferred); other dossiers have no data.",
            (evidence, dossier) -> dossier.verifiedComplaints() > 0
                    ? new Points(0, "a verified complaint")
                    : DossierIndicator.rating(dossier, indicatorId(7)).orElseGet(() -> byClass(dossier)));

    private static final Bands UNIT_BANDS = Bands.builder()
            .atLeast("15", EXCELLENT)
            .atLeast("12", GOOD)
            .atLeast("9", FAIR)
            .atLeast("6", AVERAGE)
            .otherwise(WEAK);

    private static final Bands OFFICIAL_BANDS =
            Bands.builder().atLeast("5", FULL).atLeast("3.5", SEVENTY_TO_FULL).otherwise(BELOW_SEVENTY);

    private static final ScoringScheme UNITS = ScoringScheme.builder()
            .id(UNITS_ID)
            .version(VERSION)
            .effectiveFrom(EFFECTIVE_FROM)
            .legalSource(LEGAL_SOURCE)
            .criteria(List.of(
                    PROCESSING_TIME,
                    STEP_TIME,
                    CONTACTS,
                    AGENCIES,
                    new DeskProcessingIndicator(),
                    PUBLICATION,
                    ATTITUDE,
                    new FeedbackIndicator(),
                    new OnlineServicesIndicator()))
            .rounding(ONE_DECIMAL)
            .bands(UNIT_BANDS)
            .build();

    private static final ScoringScheme UNITS_TWO_DECIMALS = ScoringScheme.builder(UNITS)
            .id(UNITS_TWO_DECIMALS_ID)
            .rounding(Rounding.of(Rounding.Mode.HALF_UP, 2))
            .build();

    private static final ScoringScheme UNITS_STRICT = ScoringScheme.builder(UNITS)
            .id(UNITS_STRICT_ID)
            .bands(UNIT_BANDS.strict())
            .build();

    private static final ScoringScheme OFFICIALS = ScoringScheme.builder()
            .id(OFFICIALS_ID)
            .version(VERSION)
            .effectiveFrom(EFFECTIVE_FROM)
            .legalSource(LEGAL_SOURCE + " (Điều 13: công chức, viên chức)")
            .criteria(List.of(PROCESSING_TIME, STEP_TIME, CONTACTS, AGENCIES, ATTITUDE))
            .rounding(ONE_DECIMAL)
            .bands(OFFICIAL_BANDS)
            .build();

    private Tt01Schemes() {}

    /**
     * Returns the scheme for agencies, People's Committees and one-stop departments.
     *
     * @return the scheme {@value #UNITS_ID}
     */
    public static ScoringScheme units() {
        return UNITS;
    }

    /**
     * Returns the units' scheme with each average rounded to 2 decimals, as in reports that publish
     * totals such as 17,94 (Sơn La's forms of Công văn 1165/VPUB-PVHCC, whose text is not
     * available, read as TT 01/2018 with 2-decimal rounding).
     *
     * @return the scheme {@value #UNITS_TWO_DECIMALS_ID}
     */
    public static ScoringScheme unitsTwoDecimals() {
        return UNITS_TWO_DECIMALS;
    }

    /**
     * Returns the units' scheme with strict lower bounds ("trên 15"), as some provincial software
     * applies them.
     *
     * @return the scheme {@value #UNITS_STRICT_ID}
     */
    public static ScoringScheme unitsStrict() {
        return UNITS_STRICT;
    }

    /**
     * Returns the scheme for officials.
     *
     * @return the scheme {@value #OFFICIALS_ID}
     */
    public static ScoringScheme officials() {
        return OFFICIALS;
    }

    /**
     * Returns every scheme of this class: units, its variants and officials.
     *
     * @return the schemes
     */
    public static List<ScoringScheme> all() {
        return List.of(UNITS, UNITS_TWO_DECIMALS, UNITS_STRICT, OFFICIALS);
    }

    /**
     * Returns the id of an indicator, as its criterion and the applicants' ratings name it.
     *
     * @param number the indicator's number, 1 to 9
     * @return the id, such as {@code tt01.1}
     * @throws IllegalArgumentException if the number is out of range
     */
    public static String indicatorId(int number) {
        if (number < 1 || number > 9) {
            throw new IllegalArgumentException("TT 01/2018/TT-VPCP has indicators 1 to 9: " + number);
        }
        return "tt01." + number;
    }

    private static @Nullable Points byClass(DossierEvidence dossier) {
        return switch (dossier.timeliness()) {
            case EARLY -> new Points(2, "the dossier's class");
            case ON_TIME -> new Points(1, "the dossier's class");
            case LATE, PENDING_OVERDUE -> new Points(0, "the dossier's class");
            default -> null;
        };
    }

    private static @Nullable Points worstStep(List<StepEvidence> steps) {
        List<StepTiming> timings = steps.stream()
                .map(StepEvidence::timing)
                .filter(timing -> timing != StepTiming.NOT_TIMED)
                .toList();
        if (timings.isEmpty()) {
            return null;
        }
        int points = timings.contains(StepTiming.LONGER) ? 0 : timings.contains(StepTiming.EQUAL) ? 1 : 2;
        return new Points(points, "the steps");
    }

    private static int publicationPoints(Publication publication) {
        return switch (publication) {
            case ON_SITE_AND_ELECTRONIC -> 2;
            case ONE_OF_TWO -> 1;
            case NOT_PUBLISHED -> 0;
        };
    }
}
