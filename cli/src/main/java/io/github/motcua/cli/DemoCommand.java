package io.github.motcua.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.motcua.Language;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.io.DossierFiles;
import io.github.motcua.io.ProcedureVersion;
import io.github.motcua.io.json.MotcuaJson;
import io.github.motcua.report.ProcessingWorkbook;
import io.github.motcua.sample.SampleData;
import io.github.motcua.sample.ThuanChau2023;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code motcua demo}: the founding report, computed from the sample module's data set. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Tái tạo báo cáo năm 2023 của UBND huyện Thuận Châu từ dữ liệu hồ sơ mô phỏng.",
            "Runs the whole pipeline (calendar, deadlines, classification, tallies, Biểu 06, evaluation, narrative)"
                    + " on the Thuận Châu 2023 sample dataset and prints the founding report."
        })
final class DemoCommand implements Callable<Integer> {
    /** The first day of the sample's procedure versions in the exported procedures file. */
    static final LocalDate PROCEDURES_FROM = LocalDate.of(2013, 5, 1);

    @Spec
    @SuppressWarnings("NullAway.Init") // injected by picocli
    CommandSpec spec;

    @Mixin
    LanguageOption language = new LanguageOption();

    @Option(
            names = "--format",
            paramLabel = "text|json|xlsx|docx",
            description = "Output: ${COMPLETION-CANDIDATES}; xlsx (Biểu 06 in the form's layout) and docx (the report"
                    + " with Biểu 06) need --output.")
    OutputFormat format = OutputFormat.TEXT;

    @Mixin
    OutputOption output = new OutputOption();

    @Option(
            names = "--export-dossiers",
            paramLabel = "FILE",
            description = "Also write the sample's dossiers to FILE (CSV), with units.jsonl, procedures.jsonl and"
                    + " excusals.jsonl beside it.")
    @Nullable
    Path export;

    @Option(names = "--force", description = "Replace a dossier file or master files that already exist beside it.")
    boolean force;

    @Mixin
    QuietOption quiet = new QuietOption();

    /** The outputs of the demo. */
    enum OutputFormat {
        /** The narrative report. */
        TEXT,
        /** One JSON object with the golden figures and the report values. */
        JSON,
        /** Biểu 06 by level as an Excel workbook. */
        XLSX,
        /** The narrative report, with Biểu 06, as a Word document. */
        DOCX
    }

    @Override
    public Integer call() throws IOException {
        output.requireFileFor(spec, format, format == OutputFormat.XLSX || format == OutputFormat.DOCX);
        Map<String, Path> outputs = new LinkedHashMap<>();
        if (export != null) {
            outputs.put("--export-dossiers", export);
        }
        output.addTo(outputs);
        FileOptions.requireApart(Map.of(), outputs);
        if (export != null) {
            FileOptions.requireNew(export, force, "--export-dossiers");
            ThuanChau2023 sample = ThuanChau2023.load();
            export(
                    sample,
                    sample.dossiers().stream(),
                    export,
                    Progress.of(spec, quiet, sample.dossiers().size(), Progress.Measure.DOSSIERS));
        }
        DemoReport demo = new DemoReport();
        Language lang = language.language;
        switch (format) {
            case JSON -> {
                Map<String, Object> json = new LinkedHashMap<>(demo.figures());
                json.put("sample", ThuanChau2023.LABEL);
                json.put("processingReport", demo.processing());
                json.put("evaluationReport", demo.evaluation());
                json.put("feedbackReport", demo.feedback());
                ObjectWriter writer = MotcuaJson.mapper().writerWithDefaultPrettyPrinter();
                output.text(spec, out -> out.println(writer.writeValueAsString(json)));
            }
            case TEXT -> output.text(spec, out -> out.print(demo.text(lang)));
            case XLSX -> output.bytes(stream -> ProcessingWorkbook.write(demo.processing(), lang, stream));
            case DOCX -> output.bytes(stream -> demo.docx(lang, stream));
        }
        return ExitCode.OK;
    }

    /**
     * Writes dossiers and, beside them, a sample's units, procedures and excusal intervals, counting
     * the dossiers written on a progress line.
     */
    static void export(SampleData sample, Stream<Dossier> dossiers, Path file, Progress progress) throws IOException {
        try {
            DossierFiles.write(
                    file,
                    progress.counting(dossiers.iterator()),
                    sample.units(),
                    sample.procedures().stream()
                            .map(procedure -> new ProcedureVersion(PROCEDURES_FROM, procedure))
                            .toList(),
                    sample.excusals());
        } finally {
            progress.done();
        }
    }
}
