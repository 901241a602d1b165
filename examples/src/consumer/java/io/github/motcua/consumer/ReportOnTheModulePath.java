package io.github.motcua.consumer;

import io.github.motcua.calendar.VietnamCalendars;
import io.github.motcua.deadline.DeadlineRules;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.io.DossierFormat;
import io.github.motcua.io.DossierReader;
import io.github.motcua.io.JsonLinesReader;
import io.github.motcua.io.ProcedureVersion;
import io.github.motcua.io.ReadResult;
import io.github.motcua.io.json.MotcuaJson;
import io.github.motcua.period.ReportingPeriod;
import io.github.motcua.report.ProcessingReport;
import io.github.motcua.report.ReportRows;
import io.github.motcua.scoring.Schemes;
import io.github.motcua.scoring.ScoringScheme;
import io.github.motcua.tally.Counted;
import io.github.motcua.timeliness.TimelinessClassifier;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads the documented sample dossiers, computes Biểu 06 by resolving unit and prints its total row
 * as JSON, a dossier's JSON form read back, and the installed scoring schemes: the calendar data,
 * Jackson's access to the values and the schemes' service loader all work on the module path.
 */
public final class ReportOnTheModulePath {
    private ReportOnTheModulePath() {}

    /**
     * Runs the report.
     *
     * @param args the folder of the sample files (docs/samples)
     * @throws IOException if a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path samples = Path.of(args[0]);
        List<ProcedureVersion> versions = JsonLinesReader.procedures().readAll(samples.resolve("procedures.jsonl"));
        TimelinessClassifier classifier = TimelinessClassifier.builder()
                .deadlineRules(DeadlineRules.builder()
                        .calendar(VietnamCalendars.official())
                        .catalogue(ProcedureVersion.catalogue(versions))
                        .build())
                .build();
        ReportingPeriod year = ReportingPeriod.parse("2023");
        ReadResult<ReportRows<String>> read = DossierReader.builder(DossierFormat.CSV)
                .build()
                .read(
                        samples.resolve("dossiers.csv"),
                        dossier -> Counted.inPeriod(dossier, year, classifier).orElse(null),
                        ReportRows.collector(counted -> counted.dossier().resolvingUnitCode(), code -> code, List.of()),
                        rejection -> out.println("rejected: " + rejection));
        ProcessingReport report =
                ProcessingReport.builder("TC", "Thuận Châu", year).rows(read.result()).build();
        out.println("read: " + read.summary());
        out.println("total: " + MotcuaJson.mapper().writeValueAsString(report.total()));
        List<Dossier> dossiers = DossierReader.builder(DossierFormat.JSON_LINES)
                .build()
                .read(samples.resolve("dossiers.jsonl"), dossier -> dossier, Collectors.toList(), rejection -> {})
                .result();
        Dossier back = MotcuaJson.mapper()
                .readValue(MotcuaJson.mapper().writeValueAsString(dossiers.get(0)), Dossier.class);
        out.println("dossier read back: " + back.equals(dossiers.get(0)));
        out.println("schemes: "
                + Schemes.installed().all().stream().map(ScoringScheme::id).collect(Collectors.joining(", ")));
    }
}
