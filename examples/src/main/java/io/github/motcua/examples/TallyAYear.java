package io.github.motcua.examples;

import io.github.motcua.dossier.Dossier;
import io.github.motcua.period.ReportingPeriod;
import io.github.motcua.rate.Figures;
import io.github.motcua.rate.RateDefinition;
import io.github.motcua.rate.Rounding;
import io.github.motcua.sample.ThuanChau2023;
import io.github.motcua.tally.Counted;
import io.github.motcua.tally.Tally;
import io.github.motcua.timeliness.TimelinessClassifier;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The README's timeliness example: classify a year of dossiers, tally them per unit, compute a rate. */
public final class TallyAYear {
    private TallyAYear() {}

    /**
     * Tallies the Thuận Châu 2023 sample per resolving unit and prints the land office's figures.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ThuanChau2023 sample = ThuanChau2023.load(); // synthetic dossiers, the founding report's figures
        List<Dossier> dossiers = sample.dossiers();
        // tag::readme[]
        TimelinessClassifier classifier = TimelinessClassifier.builder()
                .deadlineRules(sample.deadlineRules()) // calendar, procedure catalogue, policies
                .excusals(sample.excusals()) // the outage of 25-27/12/2022
                .build();
        ReportingPeriod year = ReportingPeriod.year(2023); // official window 15/12/2022 to 14/12/2023
        Map<String, Tally> byUnit = dossiers.parallelStream()
                .flatMap(dossier -> Counted.inPeriod(dossier, year, classifier).stream())
                .collect(Tally.groupingBy(counted -> counted.dossier().resolvingUnitCode()));

        Tally land = byUnit.getOrDefault("TC.P06", Tally.empty()); // Phòng Tài nguyên và Môi trường
        out.println(land);
        out.println(RateDefinition.ON_TIME_OVER_RESOLVED
                .onTime(land, Figures.ADJUSTED)
                .percent(Rounding.DEFAULT)
                .map(percent -> percent + "%")
                .orElse("no data"));
        // end::readme[]
    }
}
