package io.github.motcua.cli;

import io.github.motcua.sample.SyntheticDossiers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code motcua generate}: a synthetic dossier file of any size, with its master files. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Sinh tệp hồ sơ mô phỏng.",
            "Writes N synthetic dossiers of a year (CSV or JSON Lines, by the file's extension) from the sample module's"
                    + " seeded generator, the same for the same seed, with units.jsonl, procedures.jsonl and"
                    + " excusals.jsonl beside them."
        })
final class GenerateCommand implements Callable<Integer> {
    @Spec
    @SuppressWarnings("NullAway.Init") // injected by picocli
    CommandSpec spec;

    @Option(names = "--dossiers", required = true, paramLabel = "N", description = "How many dossiers.")
    long count;

    @Option(names = "--seed", paramLabel = "S", description = "The generator's seed; 1 by default.")
    long seed = 1;

    @Option(names = "--year", paramLabel = "YEAR", description = "The year received; 2023 by default.")
    int year = 2023;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "The dossier file: .csv or .jsonl.")
    @SuppressWarnings("NullAway.Init") // required option
    Path output;

    @Option(names = "--force", description = "Replace a dossier file or master files that already exist beside it.")
    boolean force;

    @Mixin
    QuietOption quiet = new QuietOption();

    @Override
    public Integer call() throws IOException {
        if (count < 0) {
            throw new IllegalArgumentException("--dossiers must not be negative: " + count);
        }
        FileOptions.requireNew(output, force, "--output");
        SyntheticDossiers sample = SyntheticDossiers.of(seed, year);
        DemoCommand.export(
                sample, sample.dossiers(count), output, Progress.of(spec, quiet, count, Progress.Measure.DOSSIERS));
        spec.commandLine()
                .getErr()
                .println(output.getFileName() + ": " + count + " dossiers written (" + SyntheticDossiers.LABEL + ")");
        return ExitCode.OK;
    }
}
