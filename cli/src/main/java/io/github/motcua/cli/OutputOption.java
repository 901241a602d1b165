package io.github.motcua.cli;

import io.github.motcua.io.AtomicOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --output FILE}: where a command's result goes, written whole or not at all ({@link
 * AtomicOutput}); standard output without it. A binary format (xlsx, docx) is never written to
 * standard output: without {@code --output} it is a usage error, found before any file is read.
 */
final class OutputOption {
    /** Writes text. */
    @FunctionalInterface
    interface TextAction {
        void write(PrintWriter out) throws IOException;
    }

    @Option(
            names = "--output",
            paramLabel = "FILE",
            description = "Write the result to FILE (whole or not at all) instead of standard output; needed by"
                    + " --format xlsx and docx.")
    @Nullable
    Path file;

    /**
     * Refuses a binary format without {@code --output}.
     *
     * @param spec the command
     * @param format the format chosen, such as {@code XLSX}
     * @param binary whether the format is binary
     */
    void requireFileFor(CommandSpec spec, Enum<?> format, boolean binary) {
        if (binary && file == null) {
            String name = format.name().toLowerCase(Locale.ROOT);
            throw new ParameterException(
                    spec.commandLine(),
                    "--format " + name + " writes a binary file: give it with --output FILE, such as --output report."
                            + name);
        }
    }

    /** Adds {@code --output} to a command's outputs when given, for {@link FileOptions#requireApart}. */
    void addTo(Map<String, Path> outputs) {
        if (file != null) {
            outputs.put("--output", file);
        }
    }

    /** Writes text to the file, or to standard output without one. */
    void text(CommandSpec spec, TextAction action) throws IOException {
        Path target = file;
        if (target == null) {
            PrintWriter out = spec.commandLine().getOut();
            action.write(out);
            out.flush();
            return;
        }
        AtomicOutput.write(target, writer -> {
            PrintWriter out = new PrintWriter(writer);
            action.write(out);
            if (out.checkError()) { // a PrintWriter keeps its errors; the file must not be committed
                throw new IOException("could not write " + target);
            }
        });
    }

    /** Writes a binary file; {@link #requireFileFor} has made sure there is one. */
    void bytes(AtomicOutput.StreamAction action) throws IOException {
        Path target = file;
        if (target == null) {
            throw new IllegalStateException("a binary format needs --output");
        }
        AtomicOutput.writeBytes(target, action);
    }
}
