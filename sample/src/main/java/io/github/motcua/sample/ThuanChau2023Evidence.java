package io.github.motcua.sample;

import io.github.motcua.deadline.Deadline;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.evidence.DeskProcessing;
import io.github.motcua.evidence.DossierEvidence;
import io.github.motcua.evidence.Evidence;
import io.github.motcua.evidence.FeedbackHandling;
import io.github.motcua.evidence.OnlineServices;
import io.github.motcua.evidence.Publication;
import io.github.motcua.evidence.Subject;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.scoring.ScoringScheme;
import io.github.motcua.scoring.tt01.Tt01Schemes;
import io.github.motcua.timeliness.TimelinessClassifier;
import io.github.motcua.unit.Unit;
import io.github.motcua.unit.UnitLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The evaluation evidence of the Thuận Châu 2023 sample: the facts of every dossier (classified at
 * the end of the period), and the unit-level facts of the district, its one-stop department, its 8
 * agencies and its 29 communes, from which the TT 01/2018/TT-VPCP schemes give the founding
 * report's evaluation results.
 *
 * <pre>{@code
 * ThuanChau2023Evidence evidence = ThuanChau2023Evidence.of(ThuanChau2023.load());
 * evidence.unitScheme().score(evidence.oneStopDepartment()).total();   // 17.94
 * }</pre>
 *
 * <p>Like the dossiers, the facts are synthetic ({@link ThuanChau2023#LABEL}), drawn so that the
 * published results follow from them: the applicants of 367 district dossiers (356 resolved early,
 * 11 on time) and of 36 dossiers in each commune (30 early, 6 on time) filled in the evaluation
 * form; every dossier's receipt was recorded by one of the district's 7 one-stop officials or one of
 * its commune's 3; and 8 communes (Liệp Tè, É Tòng, Co Mạ, Pá Lông, Phổng Lập, Co Tòng, Chiềng Pha,
 * Bó Mười) processed 3 of their 4 procedures fully at the desk and did not receive and return every
 * eligible procedure at the desk, and published their procedures at the desk only. Feedback
 * handling (indicator 8) is computed from the sample's feedback items ({@link
 * ThuanChau2023#feedback()}), the ones the feedback report counts: none, so every unit scores it in
 * full.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ThuanChau2023Evidence {
    /** The communes whose unit-level facts fall short (the report's "good" communes). */
    private static final Set<String> SHORT_COMMUNES =
            Set.of("Liệp Tè", "É Tòng", "Co Mạ", "Pá Lông", "Phổng Lập", "Co Tòng", "Chiềng Pha", "Bó Mười");

    private final ThuanChau2023 sample;
    private final List<DossierEvidence> dossiers;
    private final Map<String, List<DossierEvidence>> byResolvingUnit = new HashMap<>();
    private final List<DossierEvidence> districtDossiers = new ArrayList<>();

    private ThuanChau2023Evidence(ThuanChau2023 sample) {
        this.sample = sample;
        TimelinessClassifier classifier = sample.classifier();
        LocalDate reportDate = sample.period().end();
        List<DossierEvidence> facts = new ArrayList<>();
        for (Dossier dossier : sample.dossiers()) {
            Deadline deadline = classifier.deadlineOn(dossier, reportDate);
            DossierEvidence evidence =
                    DossierEvidence.of(dossier, classifier.classify(dossier, deadline, reportDate), deadline);
            facts.add(evidence);
            byResolvingUnit
                    .computeIfAbsent(dossier.resolvingUnitCode(), code -> new ArrayList<>())
                    .add(evidence);
            if (dossier.resolvingUnitCode().startsWith(ThuanChau2023.DISTRICT_CODE + ".P")) {
                districtDossiers.add(evidence);
            }
        }
        this.dossiers = List.copyOf(facts);
    }

    /**
     * Returns the evidence of a sample.
     *
     * @param sample the sample
     * @return its evaluation evidence
     */
    public static ThuanChau2023Evidence of(ThuanChau2023 sample) {
        return new ThuanChau2023Evidence(sample);
    }

    /**
     * Returns the scheme the report's unit scores follow: TT 01/2018 with averages rounded to 2
     * decimals (its total reads 17,94).
     *
     * @return the scheme {@value Tt01Schemes#UNITS_TWO_DECIMALS_ID}
     */
    public ScoringScheme unitScheme() {
        return Tt01Schemes.unitsTwoDecimals();
    }

    /**
     * Returns the scheme the report's officials are scored with.
     *
     * @return the scheme {@value Tt01Schemes#OFFICIALS_ID}
     */
    public ScoringScheme officialScheme() {
        return Tt01Schemes.officials();
    }

    /**
     * Returns every dossier's facts, in the sample's order.
     *
     * @return the dossiers' evidence
     */
    public List<DossierEvidence> dossiers() {
        return dossiers;
    }

    /**
     * Returns the evidence about the district's People's Committee: all the district's dossiers.
     *
     * @return the evidence
     */
    public Evidence district() {
        return districtLevel(unit(ThuanChau2023.DISTRICT_CODE));
    }

    /**
     * Returns the evidence about the district's one-stop department: all the district's dossiers.
     *
     * @return the evidence
     */
    public Evidence oneStopDepartment() {
        return districtLevel(unit(ThuanChau2023.ONE_STOP_CODE));
    }

    /**
     * Returns the evidence about each of the district's 8 agencies, in the report's order.
     *
     * @return the evidence, one per agency
     */
    public List<Evidence> agencies() {
        return IntStream.range(0, ThuanChau2023.AGENCIES.size())
                .mapToObj(i -> {
                    Unit agency = unit(ThuanChau2023.agencyCode(i));
                    Procedure procedure = sample.procedures().get(i);
                    return Evidence.builder(subject(agency))
                            .dossiers(resolvedBy(agency.code()))
                            .deskProcessing(new DeskProcessing(1, 1, true))
                            .publication(procedure.code(), Publication.ON_SITE_AND_ELECTRONIC)
                            .feedback(feedback(agency))
                            .onlineServices(OnlineServices.counting(1, 1, resolvedBy(agency.code())))
                            .build();
                })
                .toList();
    }

    /**
     * Returns the evidence about each of the 29 communes, in the report's order.
     *
     * @return the evidence, one per commune
     */
    public List<Evidence> communes() {
        List<Procedure> procedures = communeProcedures();
        return IntStream.range(0, ThuanChau2023.COMMUNES.size())
                .mapToObj(i -> {
                    Unit commune = unit(ThuanChau2023.communeCode(i));
                    boolean falls = SHORT_COMMUNES.contains(commune.name());
                    Evidence.Builder evidence = Evidence.builder(subject(commune))
                            .dossiers(resolvedBy(commune.code()))
                            .deskProcessing(
                                    new DeskProcessing(procedures.size(), procedures.size() - (falls ? 1 : 0), !falls))
                            .feedback(feedback(commune))
                            .onlineServices(OnlineServices.counting(
                                    procedures.size(), procedures.size(), resolvedBy(commune.code())));
                    procedures.forEach(procedure -> evidence.publication(
                            procedure.code(), falls ? Publication.ONE_OF_TWO : Publication.ON_SITE_AND_ELECTRONIC));
                    return evidence.build();
                })
                .toList();
    }

    /**
     * Returns the evidence about each of the district's 7 one-stop officials.
     *
     * @return the evidence, one per official
     */
    public List<Evidence> districtOfficials() {
        List<DossierEvidence> district = districtDossiers();
        return IntStream.range(0, ThuanChau2023.DISTRICT_OFFICIALS)
                .mapToObj(i -> Evidence.ofOfficial(
                        Subject.official(
                                ThuanChau2023.districtOfficialId(i),
                                "Công chức Bộ phận Một cửa huyện số " + (i + 1),
                                UnitLevel.DISTRICT),
                        district))
                .toList();
    }

    /**
     * Returns the evidence about each of the communes' 87 one-stop officials, 3 per commune.
     *
     * @return the evidence, one per official, commune by commune
     */
    public List<Evidence> communeOfficials() {
        List<Evidence> officials = new ArrayList<>();
        for (int commune = 0; commune < ThuanChau2023.COMMUNES.size(); commune++) {
            List<DossierEvidence> dossiers = resolvedBy(ThuanChau2023.communeCode(commune));
            for (int i = 0; i < ThuanChau2023.COMMUNE_OFFICIALS; i++) {
                officials.add(Evidence.ofOfficial(
                        Subject.official(
                                ThuanChau2023.communeOfficialId(commune, i),
                                "Công chức một cửa " + ThuanChau2023.COMMUNES.get(commune) + " số " + (i + 1),
                                UnitLevel.COMMUNE),
                        dossiers));
            }
        }
        return officials;
    }

    private Evidence districtLevel(Unit unit) {
        List<Procedure> procedures = sample.procedures().subList(0, ThuanChau2023.AGENCIES.size());
        List<DossierEvidence> district = districtDossiers();
        Evidence.Builder evidence = Evidence.builder(subject(unit))
                .dossiers(district)
                .deskProcessing(new DeskProcessing(procedures.size(), 5, true))
                .feedback(feedback(unit))
                .onlineServices(OnlineServices.counting(procedures.size(), procedures.size(), district));
        procedures.forEach(procedure -> evidence.publication(procedure.code(), Publication.ON_SITE_AND_ELECTRONIC));
        return evidence.build();
    }

    private FeedbackHandling feedback(Unit unit) {
        return FeedbackHandling.ofUnit(
                unit.code(), sample.feedback(), sample.period().dates());
    }

    private List<Procedure> communeProcedures() {
        return sample.procedures()
                .subList(ThuanChau2023.AGENCIES.size(), sample.procedures().size());
    }

    private List<DossierEvidence> districtDossiers() {
        return List.copyOf(districtDossiers);
    }

    private List<DossierEvidence> resolvedBy(String unitCode) {
        return List.copyOf(byResolvingUnit.getOrDefault(unitCode, List.of()));
    }

    private Unit unit(String code) {
        return sample.units().stream()
                .filter(unit -> unit.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static Subject subject(Unit unit) {
        return Subject.unit(unit.code(), unit.name(), unit.level());
    }
}
