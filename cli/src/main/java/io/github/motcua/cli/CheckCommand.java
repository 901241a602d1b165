package io.github.motcua.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.motcua.check.CheckResult;
import io.github.motcua.check.ConsistencyChecker;
import io.github.motcua.check.PublishedFigures;
import io.github.motcua.check.PublishedFiguresCsv;
import io.github.motcua.io.json.MotcuaJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
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
                    + " required. Formats: docs/formats.md."
        })
final class CheckCommand implements Callable<Integer> {
    @Spec
    @SuppressWarnings("NullAway.Init") // injected by picocli
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "The CSV file, UTF-8.")
    @SuppressWarnings("NullAway.Init") // required option, set by picocli
    Path input;

    @Override
    public Integer call() throws IOException {
        List<PublishedFigures> rows;
        try (BufferedReader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            rows = PublishedFiguresCsv.read(reader);
        }
        ObjectWriter json = MotcuaJson.mapper().writer();
        PrintWriter out = spec.commandLine().getOut();
        for (PublishedFigures figures : rows) {
            CheckResult result = ConsistencyChecker.check(figures);
            out.println(json.writeValueAsString(result));
        }
        return ExitCode.OK;
    }
}
