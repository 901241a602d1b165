package io.github.motcua.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.motcua.cli.job.PublishedChecks;
import io.github.motcua.io.json.MotcuaJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code motcua check}: the consistency of published figures, one JSON line per report. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Kiểm tra tính thống nhất của số liệu đã công bố.",
            "Checks the figures of published reports: prints, for each row of the CSV file, one JSON line with"
                    + " the identities that fail and the rate definitions and roundings that reproduce each stated"
                    + " percentage. Columns: id, received, carried_over, new_online, new_direct_postal, resolved,"
                    + " early, on_time, late, late_excused, withdrawn, refused, pending, pending_in_time,"
                    + " pending_overdue, stopped, stated_on_time_percent, stated_late_percent, in any order; only id is"
                    + " required. With --index, checks published breakdowns of the QĐ 766 index instead (columns:"
                    + " id, group_1 to group_5, stated_total). Formats: docs/formats.md."
        })
final class CheckCommand implements Callable<Integer> {
    @Spec
    @SuppressWarnings("NullAway.Init") // injected by picocli
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    @SuppressWarnings("NullAway.Init") // one of the two is required, set by picocli
    Input input;

    /** What is checked: published figures or published index breakdowns. */
    static final class Input {
        @Option(names = "--input", paramLabel = "FILE", description = "Published figures: the CSV file, UTF-8.")
        @Nullable
        Path figures;

        @Option(
                names = "--index",
                paramLabel = "FILE",
                description = "Published breakdowns of the QĐ 766 index: the CSV file, UTF-8; each row's groups"
                        + " are added up as the index does and compared with its stated total.")
        @Nullable
        Path index;
    }

    @Override
    public Integer call() throws IOException {
        ObjectWriter json = MotcuaJson.mapper().writer();
        PrintWriter out = spec.commandLine().getOut();
        List<?> results = input.figures != null
                ? PublishedChecks.figures(Files.readAllBytes(input.figures))
                : PublishedChecks.index(Files.readAllBytes(java.util.Objects.requireNonNull(input.index, "index")));
        for (Object result : results) {
            out.println(json.writeValueAsString(result));
        }
        return ExitCode.OK;
    }
}
