package io.github.motcua.examples;

import io.github.motcua.dossier.Channel;
import io.github.motcua.evidence.Evidence;
import io.github.motcua.sample.ThuanChau2023;
import io.github.motcua.sample.ThuanChau2023Evidence;
import io.github.motcua.scoring.Bands;
import io.github.motcua.scoring.Criterion;
import io.github.motcua.scoring.CriterionLevel;
import io.github.motcua.scoring.CriterionScore;
import io.github.motcua.scoring.Explanation;
import io.github.motcua.scoring.Schemes;
import io.github.motcua.scoring.Scorecard;
import io.github.motcua.scoring.ScoringScheme;
import io.github.motcua.scoring.tt01.Tt01Schemes;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The README's extension example: a province's own criterion, added to the TT 01/2018 indicators
 * in a scheme of its own, scored beside the built-in scheme.
 */
public final class WriteYourOwnCriterion {
    private WriteYourOwnCriterion() {}

    // tag::readme[]
    /** One point per dossier received online, averaged: the online share as points out of 1. */
    static final class OnlineShare implements Criterion {
        @Override
        public String id() {
            return "sonla.online-share";
        }

        @Override
        public String titleVi() {
            return "Tỷ lệ hồ sơ tiếp nhận trực tuyến";
        }

        @Override
        public String titleEn() {
            return "Share of dossiers received online";
        }

        @Override
        public BigDecimal maxPoints() {
            return BigDecimal.ONE;
        }

        @Override
        public CriterionLevel level() {
            return CriterionLevel.DOSSIER;
        }

        @Override
        public CriterionScore score(Evidence evidence) {
            long online = evidence.dossiers().stream()
                    .filter(dossier -> dossier.channel() == Channel.ONLINE)
                    .count();
            long all = evidence.dossiers().size();
            Explanation explanation = Explanation.builder(online + " of " + all + " dossiers received online")
                    .count("online", online)
                    .count("dossiers", all)
                    .build();
            return all == 0
                    ? CriterionScore.noData(this, explanation)
                    : CriterionScore.average(this, BigDecimal.valueOf(online), all, explanation); // exact: online/all
        }
    }

    static ScoringScheme provincialScheme() {
        List<Criterion> criteria = new ArrayList<>(Tt01Schemes.units().criteria());
        criteria.add(new OnlineShare());
        return ScoringScheme.builder(Tt01Schemes.units()) // version, source, rounding, missing data
                .id("sonla-2024-units")
                .version("2024.1")
                .legalSource("TT 01/2018/TT-VPCP Điều 12–15, and the province's own online-share criterion")
                .criteria(criteria) // maximum 19
                .bands(Bands.builder()
                        .atLeast("16", Tt01Schemes.EXCELLENT)
                        .atLeast("13", Tt01Schemes.GOOD)
                        .atLeast("10", Tt01Schemes.FAIR)
                        .atLeast("7", Tt01Schemes.AVERAGE)
                        .otherwise(Tt01Schemes.WEAK))
                .build();
    }
    // end::readme[]

    /**
     * Scores the first commune of the Thuận Châu 2023 sample under the built-in scheme and under the
     * provincial one, and prints both totals and the new criterion's explanation.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Evidence commune =
                ThuanChau2023Evidence.of(ThuanChau2023.load()).communes().get(0);
        Schemes schemes = Schemes.installed().with(provincialScheme());

        Scorecard national = schemes.require(Tt01Schemes.UNITS_ID).score(commune);
        Scorecard provincial = schemes.require("sonla-2024-units").score(commune);
        out.println(national);
        out.println(provincial);
        out.println(provincial.criteria().get(9).explanation().text());
    }
}
