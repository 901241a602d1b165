package io.github.motcua.ranking;

import io.github.motcua.evidence.DossierEvidence;
import io.github.motcua.evidence.Evidence;
import io.github.motcua.scoring.Scorecard;
import io.github.motcua.scoring.ScoringScheme;
import io.github.motcua.tally.Counted;
import io.github.motcua.timeliness.Attribution;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How scorecards of one scheme are ranked: by total, highest first, then by the tie-breakers in
 * order; scorecards equal on all of them share a rank under the tie rule and keep the order they
 * were given in.
 *
 * <pre>{@code
 * Standings standings = Ranking.of(TieRule.COMPETITION)
 *         .thenBy(TieBreaker.criterion("tt01.1"))
 *         .rank(scorecards);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Ranking {
    private final TieRule tieRule;
    private final List<TieBreaker> tieBreakers;

    private Ranking(TieRule tieRule, List<TieBreaker> tieBreakers) {
        this.tieRule = tieRule;
        this.tieBreakers = List.copyOf(tieBreakers);
    }

    /**
     * Returns the ranking by total with a tie rule and no tie-breaker.
     *
     * @param tieRule how tied scorecards are ranked
     * @return the ranking
     */
    public static Ranking of(TieRule tieRule) {
        return new Ranking(Objects.requireNonNull(tieRule, "tieRule"), List.of());
    }

    /**
     * Returns the standard ranking: by total, standard competition ranking (1, 2, 2, 4), no
     * tie-breaker.
     *
     * @return the ranking
     */
    public static Ranking standard() {
        return of(TieRule.COMPETITION);
    }

    /**
     * Returns this ranking with one more tie-breaker, applied after the others.
     *
     * @param tieBreaker the tie-breaker
     * @return a new ranking
     */
    public Ranking thenBy(TieBreaker tieBreaker) {
        List<TieBreaker> all = new ArrayList<>(tieBreakers);
        all.add(Objects.requireNonNull(tieBreaker, "tieBreaker"));
        return new Ranking(tieRule, all);
    }

    /**
     * Returns the tie rule.
     *
     * @return the tie rule
     */
    public TieRule tieRule() {
        return tieRule;
    }

    /**
     * Returns the tie-breakers, in the order they apply.
     *
     * @return the tie-breakers
     */
    public List<TieBreaker> tieBreakers() {
        return tieBreakers;
    }

    /**
     * Ranks scorecards.
     *
     * @param scorecards scorecards of one scheme and version
     * @return the standings
     * @throws IllegalArgumentException if the scorecards come from different schemes or versions
     */
    public Standings rank(Collection<Scorecard> scorecards) {
        List<Scorecard> sorted = new ArrayList<>(scorecards);
        sorted.stream()
                .filter(card -> !card.schemeId().equals(sorted.get(0).schemeId())
                        || !card.schemeVersion().equals(sorted.get(0).schemeVersion()))
                .findFirst()
                .ifPresent(card -> {
                    throw new IllegalArgumentException(
                            "cannot rank scorecards of different schemes together: " + sorted.get(0) + " and " + card);
                });
        Comparator<Scorecard> order = Comparator.comparing(Scorecard::total, Comparator.reverseOrder());
        for (TieBreaker tieBreaker : tieBreakers) {
            order = order.thenComparing(tieBreaker.order());
        }
        sorted.sort(order);
        List<Ranked> ranked = new ArrayList<>();
        int rank = 0;
        for (int i = 0; i < sorted.size(); i++) {
            if (i == 0 || order.compare(sorted.get(i - 1), sorted.get(i)) != 0) {
                rank = tieRule == TieRule.COMPETITION ? i + 1 : rank + 1;
            }
            ranked.add(new Ranked(rank, sorted.get(i)));
        }
        return new Standings(ranked);
    }

    /**
     * Scores units and ranks them in one call: each counted dossier goes to the unit the
     * attribution names, its facts derived from its verdict and deadline ({@link
     * DossierEvidence#of(Counted)}); each unit's facts are scored with its dossiers; the scorecards
     * are ranked.
     *
     * <pre>{@code
     * TimelinessClassifier classifier = rules.under(scheme.classification()); // as the scheme counts
     * List<Counted> counted = dossiers.stream()
     *         .flatMap(dossier -> Counted.inPeriod(dossier, period, classifier).stream())
     *         .toList();
     * Standings standings = Ranking.standard().scoreAndRank(scheme, unitFacts, counted, Attribution.RESOLVING_UNIT);
     * }</pre>
     *
     * <p>A unit without a counted dossier is scored on its facts alone; dossiers of units not given
     * are left out. Each scorecard's {@link Scorecard#explain} names the criteria that had no data.
     *
     * @param scheme the scheme, whose {@link ScoringScheme#classification()} the dossiers were
     *     counted under
     * @param units each unit's subject and facts (desk processing, publication, feedback, online
     *     services, measures), without dossiers
     * @param counted the dossiers counted in the period
     * @param attribution which unit a dossier counts for
     * @return the standings
     * @throws IllegalArgumentException if a unit is given twice or with dossiers of its own
     */
    public Standings scoreAndRank(
            ScoringScheme scheme, Collection<Evidence> units, Collection<Counted> counted, Attribution attribution) {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(attribution, "attribution");
        Map<String, List<DossierEvidence>> byUnit = new HashMap<>();
        for (Evidence unit : units) {
            if (!unit.dossiers().isEmpty()) {
                throw new IllegalArgumentException(
                        "the facts of unit " + unit.subject().id() + " hold "
                                + unit.dossiers().size() + " dossiers; give them without, as its dossiers come from the"
                                + " counted ones");
            }
            if (byUnit.put(unit.subject().id(), new ArrayList<>()) != null) {
                throw new IllegalArgumentException("unit " + unit.subject().id() + " is given twice");
            }
        }
        for (Counted one : counted) {
            List<DossierEvidence> dossiers = byUnit.get(attribution.unitOf(one.dossier()));
            if (dossiers != null) {
                dossiers.add(DossierEvidence.of(one));
            }
        }
        return rank(units.stream()
                .map(unit -> scheme.score(
                        unit.withDossiers(byUnit.getOrDefault(unit.subject().id(), List.of()))))
                .toList());
    }

    /**
     * Returns the ranking as text, such as {@code by total, COMPETITION, then points of tt01.1}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("by total, ").append(tieRule);
        tieBreakers.forEach(tieBreaker -> text.append(", then ").append(tieBreaker.name()));
        return text.toString();
    }
}
