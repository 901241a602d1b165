package io.github.motcua.cli;

import io.github.motcua.PrintableText;
import io.github.motcua.cli.job.DateText;
import io.github.motcua.cli.serve.ServeCommand;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code motcua} command line: {@code java -jar cli/target/motcua.jar --help}.
 *
 * <p>Standard output and standard error are written in UTF-8 whatever the platform's locale, so
 * that Vietnamese survives {@code LC_ALL=C}. Exit codes: {@value ExitCode#OK} on success,
 * {@value ExitCode#ERROR} for a usage error or a value the rules refuse, {@value ExitCode#REJECTED}
 * when some input records were rejected, {@value ExitCode#INPUT_OUTPUT} when a file cannot be read
 * or written, and {@value ExitCode#INTERNAL} for an internal error (out of memory included). An
 * error is one line on standard error, its quoted values made printable; {@code --debug} adds the
 * stack trace. When the command's text is Vietnamese, a line in Vietnamese follows an error or a
 * rejection ({@link VietnameseGuidance}).
 */
@Command(
        name = "motcua",
        mixinStandardHelpOptions = true,
        // The subcommands are added by commandLine(), from SUBCOMMANDS.
        versionProvider = VersionProvider.class,
        description = {
            "Đánh giá việc giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông.",
            "Scores how Vietnamese government offices process administrative procedures"
                    + " under the one-stop mechanism (một cửa)."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:usage error, or a value the rules refuse",
            "2:some input records were rejected",
            "3:a file could not be read or written",
            "4:internal error (out of memory included); --debug shows the details"
        })
public final class Motcua implements Callable<Integer> {
    /** The subcommands, in the order the help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(
            DemoCommand.class,
            ReportCommand.class,
            ScoreCommand.class,
            SchemesCommand.class,
            GenerateCommand.class,
            CalendarCommand.class,
            CheckCommand.class,
            ServeCommand.class);

    @Spec
    @SuppressWarnings("NullAway.Init") // injected by picocli before call()
    CommandSpec spec;

    @Option(
            names = "--debug",
            scope = ScopeType.INHERIT,
            description = "On an error, also print its stack trace (for a bug report).")
    boolean debug;

    private final Terminal terminal;

    private Motcua(Terminal terminal) {
        this.terminal = terminal;
    }

    /**
     * Runs the command line and exits with its exit code.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        System.exit(run(
                args,
                Terminal.system(),
                new FileOutputStream(FileDescriptor.out),
                new FileOutputStream(FileDescriptor.err)));
    }

    /**
     * Runs the command line with the given streams, writing UTF-8 to both. Standard input ({@code
     * --input -}) is {@link System#in}; no progress line is drawn, since {@code err} need not be a
     * terminal.
     *
     * @param args the command-line arguments
     * @param out where normal output goes
     * @param err where diagnostics go
     * @return the exit code
     */
    public static int run(String[] args, OutputStream out, OutputStream err) {
        return run(args, Terminal.withoutProgress(), out, err);
    }

    /** Runs the command line with the given standard input, terminal, clock and streams. */
    static int run(String[] args, Terminal terminal, OutputStream out, OutputStream err) {
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine commandLine = commandLine(terminal, args)
                .setOut(outWriter)
                .setErr(errWriter)
                .setCaseInsensitiveEnumValuesAllowed(true)
                // An argument such as --period @2023 is a value, not a file of arguments to read.
                .setExpandAtFiles(false)
                .registerConverter(LocalDate.class, Motcua::date)
                .registerConverter(Path.class, Motcua::path)
                .setParameterExceptionHandler(Motcua::reportUsageError)
                .setExecutionExceptionHandler(Motcua::reportInputError);
        int exitCode;
        try {
            exitCode = commandLine.execute(args);
        } catch (OutOfMemoryError | StackOverflowError | RuntimeException fatal) {
            exitCode = reportInternalError(fatal, VietnameseGuidance.executed(commandLine), errWriter);
        }
        if (exitCode == ExitCode.REJECTED) {
            VietnameseGuidance.print(exitCode, VietnameseGuidance.executed(commandLine));
        }
        outWriter.flush();
        errWriter.flush();
        return exitCode;
    }

    /**
     * Returns the command line with the subcommands that the arguments can reach: only the one named
     * by the first argument, or every one when the first argument names none ({@code --help},
     * {@code --version}, an option, a mistake); and of its own subcommands (calendar's methods,
     * which {@code addMethodSubcommands = false} leaves to this), only the one named by the second
     * argument, or every one. picocli builds a command's model from its annotations by
     * reflection, which was most of a short command's start; help and the suggestions for a
     * mistyped name still see every subcommand.
     */
    static CommandLine commandLine(Terminal terminal, String[] args) {
        CommandLine commandLine = new CommandLine(new Motcua(terminal));
        for (Class<?> subcommand : reachable(SUBCOMMANDS, args, 0)) {
            CommandLine added = new CommandLine(subcommand);
            for (Method method : reachable(CommandLine.getCommandMethods(subcommand, null), args, 1)) {
                added.addSubcommand(name(method), new CommandLine(method));
            }
            commandLine.addSubcommand(added);
        }
        return commandLine;
    }

    /** Returns the one of the commands that the argument at a position names, or all of them when it names none. */
    private static <T extends AnnotatedElement> List<T> reachable(List<T> commands, String[] args, int position) {
        for (T command : commands) {
            if (args.length > position && name(command).equals(args[position])) {
                return List.of(command);
            }
        }
        return commands;
    }

    private static String name(AnnotatedElement command) {
        return Objects.requireNonNull(command.getAnnotation(Command.class), "a command")
                .name();
    }

    /** Converts a date argument, refusing text that is not one in plain words. */
    private static LocalDate date(String text) {
        try {
            return DateText.parse(text);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(String.valueOf(e.getMessage()));
        }
    }

    /** Converts a file argument, refusing a name the system cannot hold (a NUL character) in plain words. */
    private static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new TypeConversionException(
                    "'" + PrintableText.of(text) + "' cannot be a file name here (" + e.getReason() + ")");
        }
    }

    /** Reports a usage error, with the usage of the command concerned, as exit code 1 for every command. */
    private static int reportUsageError(ParameterException exception, String[] args) {
        CommandLine commandLine = exception.getCommandLine();
        commandLine.getErr().println(PrintableText.of(String.valueOf(exception.getMessage())));
        if (!UnmatchedArgumentException.printSuggestions(exception, commandLine.getErr())) {
            commandLine.usage(commandLine.getErr());
        }
        VietnameseGuidance.print(ExitCode.ERROR, commandLine);
        return ExitCode.ERROR;
    }

    /**
     * Reports an error as one line on standard error: a value the rules refuse (a date outside the
     * calendar, a record that breaks a rule) as a usage error, a file that cannot be read or written
     * as an input/output error, anything else as an internal error. {@code --debug} adds the stack
     * trace.
     */
    private static int reportInputError(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        String command = commandLine.getCommandSpec().qualifiedName();
        PrintWriter err = commandLine.getErr();
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException || cause instanceof UncheckedIOException) {
                err.println(command + ": " + PrintableText.of(describe(cause)));
                debug(exception, commandLine);
                VietnameseGuidance.print(ExitCode.INPUT_OUTPUT, commandLine);
                return ExitCode.INPUT_OUTPUT;
            }
            if (cause instanceof DateTimeException
                    || cause instanceof IllegalArgumentException
                    || cause instanceof java.util.NoSuchElementException) {
                err.println(command + ": " + PrintableText.of(describe(cause)));
                debug(exception, commandLine);
                VietnameseGuidance.print(ExitCode.ERROR, commandLine);
                return ExitCode.ERROR;
            }
        }
        return reportInternalError(exception, commandLine, err);
    }

    /** Reports an internal error, out of memory included, as one line; {@code --debug} adds the stack trace. */
    private static int reportInternalError(Throwable error, CommandLine commandLine, PrintWriter err) {
        String message = error instanceof OutOfMemoryError
                ? "out of memory; give Java more with -Xmx (java -Xmx2g -jar motcua.jar ...) or read a smaller file"
                : "internal error, a bug in motcua (" + PrintableText.of(String.valueOf(error.getMessage()))
                        + "); run again with --debug for the details to report";
        err.println(commandLine.getCommandSpec().qualifiedName() + ": " + message);
        debug(error, commandLine);
        VietnameseGuidance.print(ExitCode.INTERNAL, commandLine);
        return ExitCode.INTERNAL;
    }

    /** Prints the stack trace when {@code --debug} was given. */
    private static void debug(Throwable error, CommandLine commandLine) {
        CommandLine root = commandLine;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        if (root.getCommand() instanceof Motcua motcua && motcua.debug) {
            error.printStackTrace(commandLine.getErr());
        }
    }

    private static String describe(Throwable cause) {
        if (cause instanceof NoSuchFileException missing) {
            return "no such file or directory: " + missing.getFile()
                    + (missing.getReason() == null ? "" : " (" + missing.getReason() + ")");
        }
        if (cause instanceof AccessDeniedException) {
            return "permission denied: " + cause.getMessage();
        }
        return String.valueOf(cause.getMessage());
    }

    /** Standard input, and whether and how to draw progress. */
    Terminal terminal() {
        return terminal;
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand");
    }
}
