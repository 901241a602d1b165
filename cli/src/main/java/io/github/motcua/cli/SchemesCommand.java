package io.github.motcua.cli;

import io.github.motcua.scoring.Schemes;
import io.github.motcua.scoring.ScoringScheme;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code motcua schemes}: every scoring scheme available. */
@Command(
        name = "schemes",
        mixinStandardHelpOptions = true,
        description = {
            "Liệt kê các bộ tiêu chí chấm điểm.",
            "Lists every scoring scheme available (built in, or offered by a SchemeProvider on the class path): id,"
                    + " version, effective dates, status, maximum and legal source, one per line, tab-separated."
        })
final class SchemesCommand implements Callable<Integer> {
    @Spec
    @SuppressWarnings("NullAway.Init") // injected by picocli
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("id\tversion\tfrom\tuntil\tstatus\tmax\tlegal source");
        for (ScoringScheme scheme : Schemes.installed().all()) {
            out.println(String.join(
                    "\t",
                    scheme.id(),
                    scheme.version(),
                    scheme.effectiveFrom().toString(),
                    scheme.effectiveUntil().map(LocalDate::toString).orElse(""),
                    scheme.status().name(),
                    scheme.maxPoints().toPlainString(),
                    scheme.legalSource()));
        }
        out.flush();
        return ExitCode.OK;
    }
}
