package io.github.motcua.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.Language;
import io.github.motcua.evidence.Evidence;
import io.github.motcua.evidence.FeedbackHandling;
import io.github.motcua.evidence.OnlineServices;
import io.github.motcua.evidence.Subject;
import io.github.motcua.scoring.Scorecard;
import io.github.motcua.scoring.tt01.Tt01Schemes;
import io.github.motcua.unit.UnitLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ranking scorecards with a declared tie rule and tie-breakers. */
class RankingTest {
    /** A commune scored on indicators 8 and 9 only: feedback points then online points. */
    private static Scorecard commune(String name, long feedbackOnTime, long onlineDossiers) {
        return Tt01Schemes.units()
                .score(Evidence.builder(Subject.unit(name, name, UnitLevel.COMMUNE))
                        .feedback(new FeedbackHandling(10, feedbackOnTime, 0))
                        .onlineServices(new OnlineServices(10, 5, 100, onlineDossiers, 0))
                        .build());
    }

    // Totals: A 4 (2+2), B 3 (1+2), C 3 (2+1), D 2 (0+2).
    private static final List<Scorecard> CARDS =
            List.of(commune("D", 0, 30), commune("B", 9, 30), commune("A", 10, 30), commune("C", 10, 20));

    private static List<String> names(Standings standings) {
        return standings.entries().stream()
                .map(entry -> entry.rank() + entry.scorecard().subject().name())
                .toList();
    }

    @Test
    void competitionRankingSkipsTheRanksOfTies() {
        assertThat(names(Ranking.standard().rank(CARDS))).containsExactly("1A", "2B", "2C", "4D");
    }

    @Test
    void denseRankingDoesNotSkip() {
        assertThat(names(Ranking.of(TieRule.DENSE).rank(CARDS))).containsExactly("1A", "2B", "2C", "3D");
    }

    @Test
    void tieBreakersApplyInOrder() {
        Ranking ranking = Ranking.standard().thenBy(TieBreaker.criterion("tt01.8"));

        assertThat(names(ranking.rank(CARDS))).containsExactly("1A", "2C", "3B", "4D");
        assertThat(ranking).hasToString("by total, COMPETITION, then points of tt01.8");
    }

    @Test
    void bandsListTheirMembersInRankingOrder() {
        List<Scorecard> cards =
                List.of(commune("Nong Lay", 10, 30), commune("Muổi Nọi", 10, 30), commune("Liệp Tè", 0, 20));
        Standings standings = Ranking.standard().rank(cards);

        assertThat(standings.summary(Tt01Schemes.units().bands(), Language.EN))
                .containsExactly("0 Excellent", "0 Good", "0 Fair", "0 Average", "3 Weak: Nong Lay, Muổi Nọi, Liệp Tè");
        assertThat(standings.summary(Tt01Schemes.units().bands(), Language.VI))
                .containsExactly(
                        "Xuất sắc: 0", "Tốt: 0", "Khá: 0", "Trung bình: 0", "Yếu: 3, gồm: Nong Lay, Muổi Nọi, Liệp Tè");
        assertThat(standings.byBand(Tt01Schemes.units().bands()).get(Tt01Schemes.WEAK))
                .extracting(Ranked::rank)
                .containsExactly(1, 1, 3);
    }

    @Test
    void scorecardsOfDifferentSchemesAreNotRankedTogether() {
        Scorecard official = Tt01Schemes.officials()
                .score(Evidence.builder(Subject.official("o", "Official", UnitLevel.COMMUNE))
                        .build());

        assertThatThrownBy(() -> Ranking.standard().rank(List.of(CARDS.get(0), official)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("different schemes");
    }
}
