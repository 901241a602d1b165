package io.github.motcua.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.motcua.check.ConsistencyChecker;
import io.github.motcua.check.MalformedRowException;
import io.github.motcua.check.PublishedFiguresCsv;
import io.github.motcua.check.PublishedIndexCsv;
import io.github.motcua.io.json.MotcuaJson;
import io.github.motcua.scoring.qd766.IndexTable;
import io.github.motcua.scoring.qd766.Qd766Index;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
        List<?> results;
        if (input.figures != null) {
            results = PublishedFiguresCsv.read(text(input.figures)).stream()
                    .map(ConsistencyChecker::check)
                    .toList();
        } else {
            IndexTable table = IndexTable.bundled();
            Path index = java.util.Objects.requireNonNull(input.index, "index");
            results = PublishedIndexCsv.read(text(index), table).stream()
                    .map(published -> Qd766Index.check(published, table))
                    .toList();
        }
        for (Object result : results) {
            out.println(json.writeValueAsString(result));
        }
        return ExitCode.OK;
    }

    /**
     * The text of a file of published figures (small: read whole), refusing bytes that are not UTF-8
     * with the line they are on.
     */
    private static Reader text(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        if (decoder.decode(in, out, true).isError()) {
            long line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new MalformedRowException(line, "the text is not UTF-8; save the file as \"CSV UTF-8\"");
        }
        decoder.flush(out);
        return new StringReader(out.flip().toString());
    }
}
