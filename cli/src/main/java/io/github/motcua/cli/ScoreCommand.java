package io.github.motcua.cli;

import io.github.motcua.Language;
import io.github.motcua.cli.job.MasterData;
import io.github.motcua.cli.job.UnitScores;
import io.github.motcua.io.DossierFormat;
import io.github.motcua.io.DossierReader;
import io.github.motcua.io.JsonLinesReader;
import io.github.motcua.io.ReadSummary;
import io.github.motcua.io.UnitFacts;
import io.github.motcua.io.json.MotcuaJson;
import io.github.motcua.period.ReportingPeriod;
import io.github.motcua.ranking.Standings;
import io.github.motcua.report.EvaluationSection;
import io.github.motcua.report.EvaluationWorkbook;
import io.github.motcua.report.NarrativeRenderer;
import io.github.motcua.scoring.Schemes;
import io.github.motcua.scoring.ScoringScheme;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code motcua score}: scores and ranks units under a scheme from their dossiers and facts. */
@Command(
        name = "score",
        mixinStandardHelpOptions = true,
        description = {
            "Chấm điểm và xếp hạng các đơn vị theo một bộ tiêu chí.",
            "Scores each unit of the evidence file (unit facts, JSON Lines) under a scheme, from its dossiers (the"
                    + " dossiers it resolved, classified in the period) and its facts, ranks the units and prints each"
                    + " band with its members and each scorecard with its explanation. The dossiers may come from"
                    + " standard input (--dossiers - --input-format csv|jsonl). Exit code 2 when some dossier"
                    + " records were rejected."
        })
final class ScoreCommand implements Callable<Integer> {
    @Spec
    @SuppressWarnings("NullAway.Init") // injected by picocli
    CommandSpec spec;

    @Option(
            names = "--scheme",
            required = true,
            paramLabel = "ID",
            description = "The scheme's id (see motcua schemes).")
    @SuppressWarnings("NullAway.Init") // required option
    String scheme;

    @Option(
            names = "--dossiers",
            required = true,
            paramLabel = "FILE",
            description = "Dossiers: .csv or .jsonl, or - for standard input (with --input-format).")
    @SuppressWarnings("NullAway.Init") // required option
    Path dossiers;

    @Mixin
    DossierInput dossierInput = new DossierInput();

    @Option(
            names = "--evidence",
            required = true,
            paramLabel = "FILE",
            description = "Unit facts (JSON Lines), one line per unit scored.")
    @SuppressWarnings("NullAway.Init") // required option
    Path evidence;

    @Option(
            names = "--units",
            required = true,
            paramLabel = "FILE",
            description = "Units (JSON Lines): the master list, with each unit's name and level.")
    @SuppressWarnings("NullAway.Init") // required option
    Path units;

    @Mixin
    MasterFiles masterFiles = new MasterFiles();

    @Mixin
    PeriodOptions periodOptions = new PeriodOptions();

    @Mixin
    AttributionOption attribution = new AttributionOption();

    @Mixin
    RuleOptions ruleOptions = new RuleOptions();

    @Option(
            names = "--force",
            description = "Score even when the period's window reaches outside the scheme's effective dates.")
    boolean force;

    @Option(
            names = "--format",
            paramLabel = "text|json|xlsx",
            description = "Output: ${COMPLETION-CANDIDATES}; xlsx (a sheet of bands and members, one of scorecards)"
                    + " needs --output.")
    Format format = Format.TEXT;

    @Mixin
    OutputOption output = new OutputOption();

    /** The outputs of the scores. */
    enum Format {
        /** The bands and each scorecard's explanation. */
        TEXT,
        /** The evaluation section as JSON. */
        JSON,
        /** The bands and the scorecards as an Excel workbook. */
        XLSX
    }

    @Mixin
    LanguageOption languageOption = new LanguageOption();

    @Mixin
    SingleLineOption singleLine = new SingleLineOption();

    @Mixin
    QuietOption quiet = new QuietOption();

    @Override
    public Integer call() throws IOException {
        output.requireFileFor(spec, format, format == Format.XLSX);
        ScoringScheme chosen = Schemes.installed().require(scheme);
        Language language = languageOption.language;
        ReportingPeriod reportingPeriod = periodOptions.period();
        if (!force) {
            chosen.requireInForce(reportingPeriod.dates());
        }
        Map<String, Path> inputs = new java.util.LinkedHashMap<>();
        inputs.put("--units", units);
        inputs.put("--evidence", evidence);
        inputs.put("--procedures", masterFiles.procedures);
        if (masterFiles.excusals != null) {
            inputs.put("--excusals", masterFiles.excusals);
        }
        if (!DossierInput.isStandardInput(dossiers)) {
            inputs.put("--dossiers", dossiers);
        }
        FileOptions.requireFiles(inputs);
        Map<String, Path> outputs = new LinkedHashMap<>();
        output.addTo(outputs);
        FileOptions.requireApart(inputs, outputs);
        DossierFormat dossierFormat = dossierInput.format(dossiers, "--dossiers", spec);
        MasterData data = masterFiles.data(units);
        List<UnitFacts> facts = MasterData.notEmpty(
                evidence, MasterData.read(evidence, JsonLinesReader.unitFacts()), "--evidence", "unit");
        UnitScores scores = new UnitScores(chosen, reportingPeriod, data, ruleOptions.choices(attribution), force);
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = Progress.of(spec, quiet, DossierInput.size(dossiers), Progress.Measure.BYTES);
        ReadSummary summary;
        try (InputStream in = DossierInput.open(dossiers, Terminal.of(spec))) {
            summary = scores.read(
                    singleLine.apply(DossierReader.builder(dossierFormat)).progress(progress),
                    in,
                    progress.erasingBefore(err::println));
        } finally {
            progress.done();
        }
        err.println(DossierInput.name(dossiers) + ": " + summary);
        Standings standings = scores.standings(facts, evidence.toString(), units.toString());
        EvaluationSection section = scores.section(standings);
        switch (format) {
            case JSON ->
                output.text(
                        spec,
                        out -> out.println(MotcuaJson.mapper()
                                .writerWithDefaultPrettyPrinter()
                                .writeValueAsString(section)));
            case TEXT ->
                output.text(spec, out -> {
                    out.print(NarrativeRenderer.of(language)
                            .evaluation(section, CliLabels.of(language).get("score.noun")));
                    standings.entries().forEach(entry -> {
                        out.println();
                        out.println(entry.rank() + ". " + entry.scorecard().explain(language));
                    });
                });
            case XLSX -> output.bytes(stream -> EvaluationWorkbook.write(chosen, standings, language, stream));
        }
        return summary.rejected() == 0 ? ExitCode.OK : ExitCode.REJECTED;
    }
}
