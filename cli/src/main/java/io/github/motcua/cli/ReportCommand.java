package io.github.motcua.cli;

import io.github.motcua.Language;
import io.github.motcua.cli.job.Counting;
import io.github.motcua.cli.job.MasterData;
import io.github.motcua.cli.job.ReportRequest;
import io.github.motcua.excusal.ExcusalInterval;
import io.github.motcua.io.AtomicOutput;
import io.github.motcua.io.CsvDialect;
import io.github.motcua.io.DossierReader;
import io.github.motcua.io.ExportMapping;
import io.github.motcua.io.ExportReader;
import io.github.motcua.io.ReadResult;
import io.github.motcua.io.ReadSummary;
import io.github.motcua.io.RejectedRecordException;
import io.github.motcua.io.Rejection;
import io.github.motcua.io.VerdictWriter;
import io.github.motcua.io.json.MotcuaJson;
import io.github.motcua.period.ReportingPeriod;
import io.github.motcua.rate.RateDefinition;
import io.github.motcua.rate.Rounding;
import io.github.motcua.report.Grouping;
import io.github.motcua.report.NarrativeDocument;
import io.github.motcua.report.NarrativeRenderer;
import io.github.motcua.report.ProcessingReport;
import io.github.motcua.report.ProcessingTable;
import io.github.motcua.report.ProcessingWorkbook;
import io.github.motcua.report.ReportRows;
import io.github.motcua.report.RowGrouping;
import io.github.motcua.tally.Counted;
import io.github.motcua.unit.Succession;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code motcua report}: Biểu 06, rates and narrative for a dossier file. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Lập Biểu 06 và tỷ lệ giải quyết đúng hạn từ tệp hồ sơ.",
            "Computes the processing report (Biểu 06), its rates and its narrative for a CSV or JSON Lines dossier"
                    + " file, or standard input (formats: docs/formats.md). Every record is accepted or rejected;"
                    + " rejections go to standard error (or --rejects) with a summary that reconciles the counts."
                    + " Exit code 2 when some records were rejected."
        })
final class ReportCommand implements Callable<Integer> {
    @Spec
    @SuppressWarnings("NullAway.Init") // injected by picocli
    CommandSpec spec;

    @Option(
            names = "--input",
            required = true,
            paramLabel = "FILE",
            description = "Dossiers: .csv or .jsonl, or - for standard input (with --input-format).")
    @SuppressWarnings("NullAway.Init") // required option
    Path input;

    @Mixin
    DossierInput dossierInput = new DossierInput();

    @Option(
            names = "--mapping",
            paramLabel = "FILE",
            description =
                    "Read --input as a one-stop system's own export (CSV, or an Excel .xlsx file), through this mapping file (JSON:"
                            + " its columns, time patterns, channel and status words, encoding; docs/formats.md).")
    @Nullable
    Path mapping;

    @Option(
            names = "--units",
            paramLabel = "FILE",
            description = "Units (JSON Lines): the master list, with each unit's name and level.")
    @Nullable
    Path units;

    @Mixin
    MasterFiles masterFiles = new MasterFiles();

    @Mixin
    PeriodOptions periodOptions = new PeriodOptions();

    @Option(names = "--as-of", paramLabel = "DATE", description = "The report date; the window's last day by default.")
    @Nullable
    LocalDate asOf;

    @Option(
            names = "--group-by",
            paramLabel = "unit|field|level|channel",
            description = "Rows: ${COMPLETION-CANDIDATES}; unit by default.")
    Grouping groupBy = Grouping.UNIT;

    @Mixin
    AttributionOption attribution = new AttributionOption();

    @Mixin
    RuleOptions ruleOptions = new RuleOptions();

    @Option(
            names = "--succession",
            paramLabel = "successor|recorded",
            description = "By unit and by level, a dossier still in the hands of a unit that ceased counts under its"
                    + " successor (successor, the default) or under the unit recorded on it (recorded).")
    SuccessionChoice succession = SuccessionChoice.SUCCESSOR;

    @Option(
            names = "--successor",
            paramLabel = "UNIT=SUCCESSOR",
            description = "For a ceased unit that several units name as predecessor, the one that takes its dossiers;"
                    + " repeatable, or one per line in an @FILE.")
    Map<String, String> successors = new java.util.LinkedHashMap<>();

    @Option(
            names = "--as-map",
            paramLabel = "DATE",
            description = "By unit and by level, roll every dossier up to the units of one day's map, such as"
                    + " 2025-07-01 for the two-level local government.")
    @Nullable
    LocalDate asMap;

    /** The spellings of {@code --succession}. */
    enum SuccessionChoice {
        /** A ceased unit's dossiers pass to its successor. */
        SUCCESSOR,
        /** Every dossier counts under the unit recorded on it. */
        RECORDED
    }

    @Option(names = "--rate", paramLabel = "NAME", description = "The rate definition: ${COMPLETION-CANDIDATES}.")
    RateDefinition rate = RateDefinition.ON_TIME_OVER_RESOLVED;

    @Option(
            names = "--rounding",
            paramLabel = "half-up|half-even|truncate|ceiling",
            description = "Rounding of rates; half-up by default.")
    String rounding = "half-up";

    @Option(names = "--decimals", paramLabel = "N", description = "Decimals of rates; 2 by default.")
    int decimals = 2;

    @Option(
            names = "--format",
            paramLabel = "text|csv|json|xlsx|docx",
            description = "Output: ${COMPLETION-CANDIDATES}; xlsx (Biểu 06 in the form's layout) and docx (the"
                    + " narrative with the table) need --output.")
    Format format = Format.TEXT;

    @Mixin
    OutputOption output = new OutputOption();

    @Mixin
    LanguageOption language = new LanguageOption();

    @Option(
            names = "--csv-dialect",
            paramLabel = "plain|excel",
            description = "CSV of --format csv and --verdicts: plain (the default: comma, decimal point) or excel"
                    + " (UTF-8 byte-order mark, semicolon, decimal comma), which Excel opens in columns with a"
                    + " Vietnamese locale.")
    CsvDialect csvDialect = CsvDialect.PLAIN;

    @Option(
            names = "--verdicts",
            paramLabel = "FILE",
            description = "Also write each dossier's verdict and findings (CSV).")
    @Nullable
    Path verdicts;

    @Option(
            names = "--rejects",
            paramLabel = "FILE",
            description = "Write rejections to FILE instead of standard error.")
    @Nullable
    Path rejects;

    @Option(names = "--strict", description = "Stop at the first rejected record.")
    boolean strict;

    @Mixin
    SingleLineOption singleLine = new SingleLineOption();

    @Mixin
    QuietOption quiet = new QuietOption();

    /** The outputs of the report. */
    enum Format {
        /** The narrative and a table. */
        TEXT(false),
        /** Biểu 06 as CSV. */
        CSV(false),
        /** The report value as JSON. */
        JSON(false),
        /** Biểu 06 as an Excel workbook. */
        XLSX(true),
        /** The narrative and Biểu 06 as a Word document. */
        DOCX(true);

        private final boolean binary;

        Format(boolean binary) {
            this.binary = binary;
        }
    }

    @Override
    public Integer call() throws IOException {
        output.requireFileFor(spec, format, format.binary);
        Map<String, Path> inputs = new java.util.LinkedHashMap<>();
        if (!DossierInput.isStandardInput(input)) {
            inputs.put("--input", input);
        }
        putIfGiven(inputs, "--mapping", mapping);
        putIfGiven(inputs, "--units", units);
        inputs.put("--procedures", masterFiles.procedures);
        putIfGiven(inputs, "--excusals", masterFiles.excusals);
        Map<String, Path> outputs = new java.util.LinkedHashMap<>();
        putIfGiven(outputs, "--verdicts", verdicts);
        putIfGiven(outputs, "--rejects", rejects);
        output.addTo(outputs);
        FileOptions.requireFiles(inputs);
        FileOptions.requireApart(inputs, outputs);
        ExportMapping exportMapping = mapping == null ? null : MasterFiles.mapping(mapping);
        ReportingPeriod reportingPeriod = periodOptions.period();
        MasterData data = masterFiles.data(units);
        ReportRequest request = ReportRequest.builder(data, reportingPeriod)
                .asOf(asOf, "--as-of")
                .groupBy(groupBy)
                .succession(succession())
                .rules(ruleOptions.choices(attribution))
                .rate(rate)
                .rounding(Rounding.of(ReportRequest.roundingMode(rounding, "--rounding"), decimals))
                .language(language.language)
                .build();
        DossierReader.Builder reader = request.reader(singleLine
                .apply(
                        exportMapping == null
                                ? DossierReader.builder(dossierInput.format(input, "--input", spec))
                                : DossierReader.forRecords())
                .strict(strict));
        Reading reading = new Reading(reader, request.counting(), request.report(), request.intervals(), exportMapping);
        return read(reading, request.rows());
    }

    /**
     * What every grouping reads with: the reader, how a dossier is counted, the report, the
     * intervals, and the mapping of a vendor's export when the input is one.
     */
    private record Reading(
            DossierReader.Builder reader,
            Counting count,
            ProcessingReport.Builder report,
            List<ExcusalInterval> intervals,
            @Nullable ExportMapping mapping) {

        /**
         * Reads the input in one thread: in its format, or through the export's mapping (an Excel
         * workbook from its file, a CSV export from the stream).
         */
        Counting.Source source(Path input, InputStream in) {
            ExportMapping export = mapping;
            if (export == null) {
                return (reader, accepted, rejected) -> reader.read(in, accepted, rejected);
            }
            if (isWorkbook(input)) {
                return (reader, accepted, rejected) -> ExportReader.of(export).read(input, reader, accepted, rejected);
            }
            return (reader, accepted, rejected) -> ExportReader.of(export).read(in, reader, accepted, rejected);
        }
    }

    /**
     * Reads the dossiers into rows by a key and prints the report: on all processors, unless each
     * verdict is to be written in file order or the dossiers come from standard input or a pipe;
     * with a progress line on a terminal.
     */
    private <K extends Comparable<K>> int read(Reading reading, RowGrouping<K> rows) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        // An Excel export is counted in its sheet's uncompressed XML, whose size the file does not give.
        long size = reading.mapping() != null && isWorkbook(input) ? -1 : DossierInput.size(input);
        Progress progress = Progress.of(spec, quiet, size, Progress.Measure.BYTES);
        reading.reader().progress(progress);
        ReadSummary summary;
        try (RejectsFile rejectsFile = rejects == null ? null : RejectsFile.open(rejects)) {
            Consumer<Rejection> rejected =
                    rejectsFile == null ? progress.erasingBefore(err::println) : rejectsFile::write;
            try {
                if (verdicts == null && reading.mapping() == null && DossierInput.isRegularFile(input)) {
                    ReadResult<ReportRows<K>> read = reading.reader()
                            .build()
                            .read(
                                    input,
                                    reading.count(),
                                    ReportRows.collector(rows.key(), rows.label(), reading.intervals()),
                                    rejected);
                    reading.report().rows(read.result());
                    summary = read.summary();
                } else {
                    summary = readInOrder(
                            reading,
                            reading.report().rowsFrom(rows.key(), rows.label(), reading.intervals()),
                            rejected);
                }
            } catch (RejectedRecordException stopped) {
                progress.done();
                if (rejectsFile != null) {
                    rejectsFile.commit();
                }
                err.println("motcua report: " + stopped.getMessage());
                err.println("motcua report: stopped at the first rejected record (--strict)");
                return ExitCode.REJECTED;
            } finally {
                progress.done();
            }
            if (rejectsFile != null) {
                rejectsFile.commit();
            }
        }
        err.println(DossierInput.name(input) + ": " + summary);
        print(reading.report().build());
        return summary.rejected() == 0 ? ExitCode.OK : ExitCode.REJECTED;
    }

    /** Reads in one thread, in file order, writing each counted dossier's verdict when asked. */
    private ReadSummary readInOrder(Reading reading, Consumer<Counted> rows, Consumer<Rejection> rejected)
            throws IOException {
        Path verdictFile = verdicts;
        if (verdictFile == null) {
            try (InputStream in = DossierInput.open(input, Terminal.of(spec))) {
                return reading.count().readInOrder(reading.reader(), reading.source(input, in), rows, rejected);
            }
        }
        try (AtomicOutput verdictOutput = AtomicOutput.open(verdictFile);
                VerdictWriter verdictWriter = VerdictWriter.open(verdictOutput.writer(), csvDialect);
                InputStream in = DossierInput.open(input, Terminal.of(spec))) {
            ReadSummary summary = reading.count()
                    .readInOrder(
                            reading.reader(),
                            reading.source(input, in),
                            rows.andThen(counted -> write(verdictWriter, counted)),
                            rejected);
            verdictWriter.close();
            verdictOutput.commit();
            return summary;
        }
    }

    /** Whether the input is an Excel workbook, read from its file. */
    private static boolean isWorkbook(Path input) {
        return DossierInput.isRegularFile(input)
                && input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    private static void putIfGiven(Map<String, Path> paths, String option, @Nullable Path path) {
        if (path != null) {
            paths.put(option, path);
        }
    }

    private Succession succession() {
        Succession chosen = asMap != null
                ? Succession.asMap(asMap)
                : succession == SuccessionChoice.SUCCESSOR ? Succession.toSuccessor() : Succession.recorded();
        return chosen.withChoices(successors);
    }

    private void print(ProcessingReport report) throws IOException {
        Language lang = language.language;
        switch (format) {
            case JSON ->
                output.text(
                        spec,
                        out -> out.println(MotcuaJson.mapper()
                                .writerWithDefaultPrettyPrinter()
                                .writeValueAsString(report)));
            case CSV -> output.text(spec, out -> ProcessingTable.csv(report, lang, csvDialect, out));
            case TEXT ->
                output.text(spec, out -> {
                    NarrativeRenderer narrative = NarrativeRenderer.of(lang);
                    out.print(narrative.results(report));
                    String notes = narrative.notes(report);
                    if (!notes.isEmpty()) {
                        out.println();
                        out.print(notes);
                    }
                    out.println();
                    out.print(ProcessingTable.text(report, lang));
                });
            case XLSX -> output.bytes(stream -> ProcessingWorkbook.write(report, lang, stream));
            case DOCX ->
                output.bytes(stream -> {
                    NarrativeRenderer narrative = NarrativeRenderer.of(lang);
                    NarrativeDocument.builder(lang)
                            .heading(1, CliLabels.of(lang).format("report.title", report.period()))
                            .text(narrative.results(report))
                            .text(narrative.notes(report))
                            .heading(2, report.formId())
                            .table(report)
                            .write(stream);
                });
        }
    }

    private static void write(VerdictWriter writer, Counted counted) {
        try {
            writer.write(counted.verdict());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
