package io.github.motcua.examples;

import io.github.motcua.Language;
import io.github.motcua.report.NarrativeRenderer;
import io.github.motcua.report.ProcessingReport;
import io.github.motcua.report.ProcessingTable;
import io.github.motcua.report.RowGrouping;
import io.github.motcua.sample.ThuanChau2023;
import io.github.motcua.tally.Counted;
import io.github.motcua.timeliness.Attribution;
import io.github.motcua.timeliness.TimelinessClassifier;
import io.github.motcua.unit.UnitLevel;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** The README's report example: Biểu 06 by level, its narrative and its CSV table. */
public final class ExportAReport {
    private ExportAReport() {}

    /**
     * Builds the Thuận Châu 2023 processing report by level and prints its results section and CSV.
     *
     * @param args not used
     * @throws IOException if the output fails
     */
    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ThuanChau2023 sample = ThuanChau2023.load();
        TimelinessClassifier classifier = TimelinessClassifier.builder()
                .deadlineRules(sample.deadlineRules())
                .excusals(sample.excusals())
                .build();
        // tag::readme[]
        RowGrouping<UnitLevel> levels = RowGrouping.byLevel( // rows "Cấp huyện", "Cấp xã"
                Attribution.RESOLVING_UNIT, sample.units(), Language.VI);
        ProcessingReport report = ProcessingReport.builder("TC", "UBND huyện Thuận Châu", sample.period())
                .grouping(levels.grouping())
                .rows(
                        sample.dossiers().stream()
                                .flatMap(dossier -> Counted.inPeriod(dossier, sample.period(), classifier).stream()),
                        levels.key(),
                        levels.label(),
                        sample.excusals()) // identities checked: a report never breaks its own sums
                .build();

        out.print(NarrativeRenderer.of(Language.VI).results(report)); // "… Kết quả đạt 99,75% hồ sơ …"
        Writer csv = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        ProcessingTable.csv(report, Language.VI, csv); // Biểu 06, Vietnamese headers, spreadsheet-safe
        // end::readme[]
    }
}
