package io.github.motcua.io;

import io.github.motcua.evidence.DeskProcessing;
import io.github.motcua.evidence.DossierEvidence;
import io.github.motcua.evidence.Evidence;
import io.github.motcua.evidence.FeedbackHandling;
import io.github.motcua.evidence.OnlineServices;
import io.github.motcua.evidence.Publication;
import io.github.motcua.evidence.Share;
import io.github.motcua.evidence.Subject;
import io.github.motcua.scoring.Scorecard;
import io.github.motcua.scoring.ScoringScheme;
import io.github.motcua.unit.Unit;
import io.github.motcua.unit.UnitDirectory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One line of an evidence file: the unit-level facts of one unit for the scoring API, each
 * optional. The online dossier counts of indicator 9 are not given here: they are counted from the
 * unit's dossiers.
 *
 * @param unitCode the unit's code
 * @param deskProcessing its procedures processed fully at the desk (indicator 5)
 * @param publication how each of its procedures is published, by code (indicator 6)
 * @param feedback how it handled feedback (indicator 8)
 * @param onlineProcedures its procedures eligible for and offered online (indicator 9)
 * @param measures the shares an index reads, by measure id, such as {@code dossiers-digitised}
 */
public record UnitFacts(
        String unitCode,
        Optional<DeskProcessing> deskProcessing,
        Map<String, Publication> publication,
        Optional<FeedbackHandling> feedback,
        Optional<OnlineProcedures> onlineProcedures,
        Map<String, Share> measures) {
    /**
     * Checks and copies the components.
     *
     * @param unitCode the unit's code
     * @param deskProcessing its procedures processed fully at the desk (indicator 5)
     * @param publication how each of its procedures is published, by code (indicator 6)
     * @param feedback how it handled feedback (indicator 8)
     * @param onlineProcedures its procedures eligible for and offered online (indicator 9)
     * @param measures the shares an index reads, by measure id, such as {@code dossiers-digitised}
     */
    public UnitFacts {
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(deskProcessing, "deskProcessing");
        Objects.requireNonNull(feedback, "feedback");
        Objects.requireNonNull(onlineProcedures, "onlineProcedures");
        // A file line may leave the maps out: absent means none.
        publication = Collections.unmodifiableMap(new TreeMap<>(orEmpty(publication)));
        measures = Collections.unmodifiableMap(new TreeMap<>(orEmpty(measures)));
    }

    /**
     * Scores each unit that has facts, as the command line's {@code score} does: the unit is taken
     * in its version in force on the report date (else its last version), and its evidence is its
     * facts and its dossiers' evidence.
     *
     * @param scheme the scoring scheme
     * @param facts the units' facts, one line each
     * @param units the unit master data
     * @param dossiers each unit's dossiers' evidence, by unit code; a unit with none has none
     * @param reportDate the report date
     * @return the scorecards, in the order of the facts
     * @throws IllegalArgumentException if a unit with facts is not in the master data
     */
    public static List<Scorecard> scorecards(
            ScoringScheme scheme,
            List<UnitFacts> facts,
            UnitDirectory units,
            Map<String, List<DossierEvidence>> dossiers,
            LocalDate reportDate) {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(dossiers, "dossiers");
        Objects.requireNonNull(reportDate, "reportDate");
        List<Scorecard> cards = new ArrayList<>();
        for (UnitFacts unitFacts : facts) {
            List<Unit> versions = units.versions(unitFacts.unitCode());
            if (versions.isEmpty()) {
                throw new IllegalArgumentException(
                        "unit " + unitFacts.unitCode() + " has facts but is not in the units' master data");
            }
            Unit unit = units.inForce(unitFacts.unitCode(), reportDate).orElse(versions.get(versions.size() - 1));
            Subject subject = Subject.unit(unit.code(), unit.name(), unit.level());
            cards.add(scheme.score(unitFacts.evidence(subject, dossiers.getOrDefault(unit.code(), List.of()))));
        }
        return cards;
    }

    /**
     * Returns the evidence about a unit: these facts and its dossiers.
     *
     * @param subject the unit
     * @param dossiers its dossiers' evidence
     * @return the evidence, with online dossiers counted from the dossiers
     */
    public Evidence evidence(Subject subject, List<DossierEvidence> dossiers) {
        Evidence.Builder evidence = Evidence.builder(subject).dossiers(dossiers);
        deskProcessing.ifPresent(evidence::deskProcessing);
        publication.forEach(evidence::publication);
        feedback.ifPresent(evidence::feedback);
        measures.forEach(evidence::measure);
        onlineProcedures.ifPresent(online ->
                evidence.onlineServices(OnlineServices.counting(online.eligible(), online.online(), dossiers)));
        return evidence.build();
    }

    @SuppressWarnings("NullAway") // Jackson passes null for a map the line leaves out
    private static <V> Map<String, V> orEmpty(Map<String, V> map) {
        return map == null ? Map.of() : map;
    }
}
