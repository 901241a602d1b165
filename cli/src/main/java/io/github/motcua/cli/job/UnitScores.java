package io.github.motcua.cli.job;

import io.github.motcua.dossier.Dossier;
import io.github.motcua.evidence.DossierEvidence;
import io.github.motcua.io.DossierReader;
import io.github.motcua.io.ReadSummary;
import io.github.motcua.io.Rejection;
import io.github.motcua.io.UnitFacts;
import io.github.motcua.period.ReportingPeriod;
import io.github.motcua.ranking.Ranking;
import io.github.motcua.ranking.Standings;
import io.github.motcua.report.EvaluationSection;
import io.github.motcua.scoring.Scorecard;
import io.github.motcua.scoring.ScoringScheme;
import io.github.motcua.timeliness.Attribution;
import io.github.motcua.timeliness.TimelinessClassifier;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The scores of units asked for ({@code motcua score}, {@code POST /v1/scores}): the dossiers read
 * in one thread and classified in the period under the scheme's own classification rules, kept by
 * the unit they count for, then each unit of the facts scored on its dossiers and facts, and the
 * units ranked.
 *
 * <p>Not thread-safe: one per request.
 */
public final class UnitScores {
    private final ScoringScheme scheme;
    private final ReportingPeriod period;
    private final MasterData data;
    private final Attribution attribution;
    private final Counting counting;
    private final Map<String, List<DossierEvidence>> byUnit = new HashMap<>();

    /**
     * Prepares the scores of a scheme in a period.
     *
     * @param scheme the scheme
     * @param period the period, whose last day is the report date
     * @param data the master data, with the units
     * @param rules the rule choices, under the scheme's classification
     * @param force whether to score even when the period's window reaches outside the scheme's
     *     effective dates
     * @throws IllegalArgumentException if the period is outside the scheme's dates and not forced
     */
    public UnitScores(ScoringScheme scheme, ReportingPeriod period, MasterData data, RuleChoices rules, boolean force) {
        if (!force) {
            scheme.requireInForce(period.dates());
        }
        this.scheme = scheme;
        this.period = period;
        this.data = data;
        this.attribution = rules.attribution();
        TimelinessClassifier classifier =
                rules.classifier(data.catalogue(), data.excusals()).under(scheme.classification());
        this.counting = new Counting(period, classifier, period.end());
    }

    /**
     * Reads the dossiers in one thread, checked against the master lists, and keeps the evidence of
     * each one counted in the period.
     *
     * @param reader the reader's builder, in the dossiers' format
     * @param in the dossiers
     * @param rejected receives each rejection
     * @return the read's summary
     * @throws IOException if the dossiers cannot be read
     */
    public ReadSummary read(DossierReader.Builder reader, InputStream in, Consumer<Rejection> rejected)
            throws IOException {
        return counting.readInOrder(
                reader.units(data.units()).procedures(data.procedureCodes()),
                in,
                counted -> {
                    Dossier dossier = counted.dossier();
                    byUnit.computeIfAbsent(attribution.unitOf(dossier), code -> new ArrayList<>())
                            .add(DossierEvidence.of(dossier, counted.verdict(), counted.deadline()));
                },
                rejected);
    }

    /**
     * Scores each unit of the facts on its dossiers read and its facts, and ranks them.
     *
     * @param facts the unit facts, one per unit scored
     * @param factsName how the request named the facts, for the message
     * @param unitsName how the request named the units, for the message
     * @return the ranked scorecards
     * @throws IllegalArgumentException if a unit of the facts is not in the units
     */
    public Standings standings(List<UnitFacts> facts, String factsName, String unitsName) {
        List<Scorecard> cards;
        try {
            cards = UnitFacts.scorecards(scheme, facts, data.units(), byUnit, period.end());
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException(
                    factsName + ": " + unknown.getMessage() + " (the units file " + unitsName + ")", unknown);
        }
        return Ranking.standard().rank(cards);
    }

    /**
     * Returns the evaluation section of ranked scorecards, the form of {@code motcua score --format
     * json}.
     *
     * @param standings the ranked scorecards
     * @return the section, keyed {@code units} and titled with the scheme's id
     */
    public EvaluationSection section(Standings standings) {
        return EvaluationSection.of("units", scheme.id(), scheme, standings);
    }
}
