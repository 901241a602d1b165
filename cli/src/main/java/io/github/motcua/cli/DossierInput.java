package io.github.motcua.cli;

import io.github.motcua.io.DossierFormat;
import io.github.motcua.io.MalformedFileException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The dossiers that {@code report} and {@code score} read, with {@code --input-format} (a mixin): a
 * file, or standard input given as {@code -} (a file named {@code -} is {@code ./-}), in the format
 * {@code --input-format} names or, for a file, its name says. Standard input, like any file that is
 * not a regular file (a pipe), is read in one thread.
 */
final class DossierInput {
    /** How the read summary and the messages name standard input. */
    static final String STANDARD_INPUT = "standard input";

    @Option(
            names = "--input-format",
            paramLabel = "csv|jsonl",
            description = "The dossiers' format: csv, or jsonl for JSON Lines. Required to read standard input"
                    + " (-); for a file, it overrides the file name's extension.")
    @Nullable
    InputFormat inputFormat;

    /** The spellings of {@code --input-format}. */
    enum InputFormat {
        /** CSV. */
        CSV(DossierFormat.CSV),
        /** JSON Lines. */
        JSONL(DossierFormat.JSON_LINES);

        private final DossierFormat format;

        InputFormat(DossierFormat format) {
            this.format = format;
        }
    }

    /** Whether an option's file is standard input: {@code -}. */
    static boolean isStandardInput(Path file) {
        return file.toString().equals("-");
    }

    /**
     * The format of the dossiers: {@code --input-format}, else the file name's.
     *
     * @throws ParameterException for standard input without {@code --input-format}
     * @throws IllegalArgumentException for a file name that says no format
     */
    DossierFormat format(Path file, String option, CommandSpec spec) {
        if (inputFormat != null) {
            return inputFormat.format;
        }
        if (isStandardInput(file)) {
            throw new ParameterException(
                    spec.commandLine(),
                    option + " - reads standard input, whose format no file name says: add --input-format csv"
                            + " or --input-format jsonl");
        }
        try {
            return DossierFormat.ofFileName(file.toString());
        } catch (MalformedFileException unnamed) {
            throw new IllegalArgumentException(
                    unnamed.getMessage() + "; or add --input-format csv or --input-format jsonl", unnamed);
        }
    }

    /** Whether the dossiers are a regular file, which the parallel reader needs: not standard input or a pipe. */
    static boolean isRegularFile(Path file) {
        return !isStandardInput(file) && Files.isRegularFile(file);
    }

    /** The size of a regular file, for the progress line's percentage; -1 for standard input or a pipe. */
    static long size(Path file) throws IOException {
        return isRegularFile(file) ? Files.size(file) : -1;
    }

    /** The name of the input in the read summary: the file's name, or {@value #STANDARD_INPUT}. */
    static String name(Path file) {
        return isStandardInput(file) ? STANDARD_INPUT : String.valueOf(file.getFileName());
    }

    /** Opens the file, or standard input, which closing leaves open. */
    static InputStream open(Path file, Terminal terminal) throws IOException {
        if (!isStandardInput(file)) {
            return Files.newInputStream(file);
        }
        return new FilterInputStream(terminal.in()) {
            @Override
            public void close() {
                // standard input is the process's, not the command's
            }
        };
    }
}
