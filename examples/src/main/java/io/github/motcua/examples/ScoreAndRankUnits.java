package io.github.motcua.examples;

import io.github.motcua.Language;
import io.github.motcua.ranking.Ranking;
import io.github.motcua.ranking.Standings;
import io.github.motcua.sample.ThuanChau2023;
import io.github.motcua.sample.ThuanChau2023Evidence;
import io.github.motcua.scoring.Schemes;
import io.github.motcua.scoring.ScoringScheme;
import io.github.motcua.scoring.tt01.Tt01Schemes;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The README's scoring example: score the sample's communes under TT 01/2018 and rank them. */
public final class ScoreAndRankUnits {
    private ScoreAndRankUnits() {}

    /**
     * Scores and ranks the Thuận Châu 2023 communes and prints the bands and the first commune's card.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ThuanChau2023Evidence evidence = ThuanChau2023Evidence.of(ThuanChau2023.load());
        // tag::readme[]
        ScoringScheme scheme = Schemes.installed().require(Tt01Schemes.UNITS_TWO_DECIMALS_ID);
        Standings communes = Ranking.standard() // 1, 2, 2, 4; ties keep the order given
                .rank(evidence.communes().stream().map(scheme::score).toList());

        communes.summary(scheme.bands(), Language.EN).forEach(out::println); // "21 Excellent: Muổi Nọi, …"
        out.println(communes.entries().get(0).scorecard().explain(Language.EN)); // every indicator, with its counts
        // end::readme[]
    }
}
