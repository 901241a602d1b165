package io.github.motcua.cli;

import io.github.motcua.DateRange;
import io.github.motcua.PrintableText;
import io.github.motcua.calendar.CalendarEntry;
import io.github.motcua.calendar.WorkingCalendar;
import io.github.motcua.cli.job.Holidays;
import io.github.motcua.io.CalendarCsv;
import io.github.motcua.lunar.LunarDate;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code motcua calendar}: the national working calendar and the lunar calendar, one value per call. */
@Command(
        name = "calendar",
        description = {
            "Lịch làm việc của cán bộ, công chức và âm lịch Việt Nam.",
            "The civil service's working calendar (1 May 2013 to 31 December 2035) and the Vietnamese lunar calendar.",
            "Dates are ISO-8601 (YYYY-MM-DD)."
        },
        mixinStandardHelpOptions = true,
        addMethodSubcommands = false)
final class CalendarCommand {
    private static final Pattern LUNAR_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    @Spec
    @SuppressWarnings("NullAway.Init") // injected by picocli
    CommandSpec spec;

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    @Mixin
    CultureDayOption cultureDay = new CultureDayOption();

    private WorkingCalendar calendar() {
        return cultureDay.calendar();
    }

    /** A usage error of the subcommand that runs, shown with its usage as picocli shows its own. */
    private ParameterException usageError(String message) {
        return new ParameterException(
                spec.commandLine().getParseResult().subcommand().commandSpec().commandLine(), message);
    }

    @Command(name = "is-working", description = "Prints true if DATE is a working day, false otherwise.")
    int isWorking(@Parameters(paramLabel = "DATE") LocalDate date) {
        out().println(calendar().isWorkingDay(date));
        return ExitCode.OK;
    }

    @Command(
            name = "add",
            description = "Prints the N-th working day after DATE (before it for a negative N); DATE is not counted.")
    int add(@Parameters(paramLabel = "DATE") LocalDate date, @Parameters(paramLabel = "N") int workingDays) {
        out().println(calendar().plusWorkingDays(date, workingDays));
        return ExitCode.OK;
    }

    @Command(name = "between", description = "Prints the number of working days after START up to and including END.")
    int between(@Parameters(paramLabel = "START") LocalDate start, @Parameters(paramLabel = "END") LocalDate end) {
        out().println(calendar().workingDaysBetween(start, end));
        return ExitCode.OK;
    }

    @Command(
            name = "holidays",
            description = "Prints each day off and make-up working day of YEAR: date, kind, name, source, status"
                    + " (tab-separated).")
    int holidays(@Parameters(paramLabel = "YEAR") int year) {
        List<CalendarEntry> entries;
        try {
            entries = Holidays.of(calendar(), year);
        } catch (IllegalArgumentException outside) {
            throw usageError(String.valueOf(outside.getMessage()));
        }
        for (CalendarEntry entry : entries) {
            out().println(String.join(
                    "\t",
                    entry.date().toString(),
                    entry.kind().name(),
                    entry.name(),
                    entry.source(),
                    entry.status().name()));
        }
        return ExitCode.OK;
    }

    @Command(
            name = "lunar",
            description = "Prints the lunar date of DATE as YYYY-MM-DD, followed by ' leap' in a leap month.")
    int lunar(@Parameters(paramLabel = "DATE") LocalDate date) {
        out().println(LunarDate.from(date));
        return ExitCode.OK;
    }

    @Command(name = "solar", description = "Prints the solar date of the lunar date LUNAR_DATE (YYYY-MM-DD).")
    int solar(
            @Parameters(paramLabel = "LUNAR_DATE") String lunarDate,
            @Option(names = "--leap", description = "The day is in the leap month that follows the month given.")
                    boolean leap) {
        Matcher matcher = LUNAR_DATE.matcher(lunarDate);
        if (!matcher.matches()) {
            throw usageError("Invalid lunar date '" + PrintableText.of(lunarDate) + "': expected YYYY-MM-DD");
        }
        LunarDate date = LunarDate.of(
                Integer.parseInt(matcher.group(1)),
                Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3)),
                leap);
        out().println(date.toLocalDate());
        return ExitCode.OK;
    }

    @Command(
            name = "export",
            description = {
                "Prints the calendar as CSV: date,working,working_day_ordinal.",
                "working_day_ordinal counts the working days after the calendar's first day (2013-05-01) up to and"
                        + " including the date, so the N-th working day after D is the working date whose ordinal"
                        + " is D's plus N."
            })
    int export(
            @Option(names = "--from", required = true, paramLabel = "DATE") LocalDate from,
            @Option(names = "--to", required = true, paramLabel = "DATE") LocalDate to)
            throws IOException {
        if (to.isBefore(from)) {
            throw usageError("--to " + to + " is before --from " + from);
        }
        PrintWriter out = out();
        CalendarCsv.write(calendar(), DateRange.ofClosed(from, to), out);
        out.flush();
        return ExitCode.OK;
    }
}
