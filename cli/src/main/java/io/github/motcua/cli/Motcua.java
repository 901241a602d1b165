package io.github.motcua.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.time.DateTimeException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code motcua} command line: {@code java -jar cli/target/motcua.jar --help}.
 *
 * <p>Standard output and standard error are written in UTF-8 whatever the platform's locale, so
 * that Vietnamese survives {@code LC_ALL=C}. Exit codes: {@value ExitCode#OK} on success,
 * {@value ExitCode#ERROR} for a usage or input/output error, and 2, reserved for the commands that
 * read records, when some input records were rejected.
 */
@Command(
        name = "motcua",
        mixinStandardHelpOptions = true,
        subcommands = {
            DemoCommand.class,
            ReportCommand.class,
            ScoreCommand.class,
            SchemesCommand.class,
            GenerateCommand.class,
            CalendarCommand.class,
            CheckCommand.class
        },
        versionProvider = VersionProvider.class,
        description = {
            "Đánh giá việc giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông.",
            "Scores how Vietnamese government offices process administrative procedures"
                    + " under the one-stop mechanism (một cửa)."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:usage or input/output error", "2:some input records were rejected"})
public final class Motcua implements Callable<Integer> {
    @Spec
    @SuppressWarnings("NullAway.Init") // injected by picocli before call()
    CommandSpec spec;

    /**
     * Runs the command line and exits with its exit code.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err)));
    }

    /**
     * Runs the command line with the given streams, writing UTF-8 to both.
     *
     * @param args the command-line arguments
     * @param out where normal output goes
     * @param err where diagnostics go
     * @return the exit code
     */
    public static int run(String[] args, OutputStream out, OutputStream err) {
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine commandLine = new CommandLine(new Motcua())
                .setOut(outWriter)
                .setErr(errWriter)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(Motcua::reportUsageError)
                .setExecutionExceptionHandler(Motcua::reportInputError);
        int exitCode = commandLine.execute(args);
        outWriter.flush();
        errWriter.flush();
        return exitCode;
    }

    /** Reports a usage error, with the usage of the command concerned, as exit code 1 for every command. */
    private static int reportUsageError(ParameterException exception, String[] args) {
        CommandLine commandLine = exception.getCommandLine();
        commandLine.getErr().println(exception.getMessage());
        if (!UnmatchedArgumentException.printSuggestions(exception, commandLine.getErr())) {
            commandLine.usage(commandLine.getErr());
        }
        return ExitCode.ERROR;
    }

    /**
     * Reports an error in the user's input (a date outside the calendar, a lunar date that does not
     * exist, a record that breaks a rule, a file that cannot be read) as one line on standard error;
     * anything else is a bug and keeps its stack trace.
     */
    private static int reportInputError(Exception exception, CommandLine commandLine, ParseResult parseResult)
            throws Exception {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof DateTimeException
                    || cause instanceof IllegalArgumentException
                    || cause instanceof java.util.NoSuchElementException
                    || cause instanceof IOException
                    || cause instanceof UncheckedIOException) {
                commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": " + describe(cause));
                return ExitCode.ERROR;
            }
        }
        throw exception;
    }

    private static String describe(Throwable cause) {
        if (cause instanceof NoSuchFileException) {
            return "no such file or directory: " + cause.getMessage();
        }
        if (cause instanceof AccessDeniedException) {
            return "permission denied: " + cause.getMessage();
        }
        return String.valueOf(cause.getMessage());
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand");
    }
}
