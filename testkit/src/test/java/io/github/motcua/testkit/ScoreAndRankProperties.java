package io.github.motcua.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.deadline.SupplementPolicy;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.evidence.DossierEvidence;
import io.github.motcua.evidence.Evidence;
import io.github.motcua.evidence.FeedbackHandling;
import io.github.motcua.evidence.Subject;
import io.github.motcua.period.ReportingPeriod;
import io.github.motcua.ranking.Ranking;
import io.github.motcua.ranking.Standings;
import io.github.motcua.scoring.Scorecard;
import io.github.motcua.scoring.ScoringScheme;
import io.github.motcua.scoring.tt01.Tt01Schemes;
import io.github.motcua.tally.Counted;
import io.github.motcua.timeliness.Attribution;
import io.github.motcua.timeliness.TimelinessClassifier;
import io.github.motcua.unit.UnitLevel;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Scoring in one call gives the scorecards that evidence assembled by hand gives. */
class ScoreAndRankProperties {
    private static final List<String> UNITS = List.of("U1", "U2", "U3");
    private static final ReportingPeriod YEAR = ReportingPeriod.year(2023);
    private static final TimelinessClassifier CLASSIFIER = Fixtures.classifier(SupplementPolicy.RESTART);
    private static final ScoringScheme SCHEME = Tt01Schemes.units();

    @Provide
    Arbitrary<List<Dossier>> dossiers() {
        return MotcuaArbitraries.dossiers()
                .receivedBetween(LocalDate.of(2022, 11, 1), LocalDate.of(2023, 12, 31))
                .procedureCodes(List.of(Fixtures.code(0), Fixtures.code(1), Fixtures.code(2), Fixtures.code(3)))
                .unitCodes(List.of("U1", "U2", "U3", "U4"))
                .list()
                .ofMaxSize(40)
                .uniqueElements(Dossier::id);
    }

    private static Evidence.Builder facts(String code) {
        return Evidence.builder(Subject.unit(code, "Xã " + code, UnitLevel.COMMUNE))
                .feedback(new FeedbackHandling(code.equals("U2") ? 10 : 0, code.equals("U2") ? 9 : 0, 0));
    }

    /** 100 tries: each classifies up to 40 dossiers twice, and mutation testing runs it for many mutants. */
    @Property(tries = 100)
    void oneCallScoresEachUnitOnTheDossiersAttributedToIt(
            @ForAll("dossiers") List<Dossier> dossiers, @ForAll Attribution attribution) {
        List<Counted> counted = dossiers.stream()
                .flatMap(dossier -> Counted.inPeriod(dossier, YEAR, CLASSIFIER).stream())
                .toList();

        Standings standings = Ranking.standard()
                .scoreAndRank(
                        SCHEME, UNITS.stream().map(code -> facts(code).build()).toList(), counted, attribution);

        List<Scorecard> byHand = UNITS.stream()
                .map(code -> SCHEME.score(facts(code)
                        .dossiers(counted.stream()
                                .filter(one -> attribution.unitOf(one.dossier()).equals(code))
                                .map(one -> DossierEvidence.of(
                                        one.dossier(),
                                        CLASSIFIER.classify(one.dossier(), one.deadline(), YEAR.end()),
                                        CLASSIFIER.deadlineOn(one.dossier(), YEAR.end())))
                                .toList())
                        .build()))
                .toList();
        assertThat(standings.entries())
                .isEqualTo(Ranking.standard().rank(byHand).entries());
    }

    @Example
    void aUnitGivenTwiceOrWithDossiersOfItsOwnIsRefused() {
        Evidence u1 = facts("U1").build();

        assertThatThrownBy(() ->
                        Ranking.standard().scoreAndRank(SCHEME, List.of(u1, u1), List.of(), Attribution.RESOLVING_UNIT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unit U1 is given twice");
        Evidence withDossiers = u1.withDossiers(List.of(new DossierEvidence(
                "HS-1",
                Fixtures.code(0),
                io.github.motcua.dossier.Channel.DIRECT,
                io.github.motcua.timeliness.Timeliness.EARLY,
                List.of(),
                java.util.Optional.empty(),
                0)));
        assertThatThrownBy(() -> Ranking.standard()
                        .scoreAndRank(SCHEME, List.of(withDossiers), List.of(), Attribution.RESOLVING_UNIT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the facts of unit U1 hold 1 dossiers");
    }
}
