package io.github.motcua.cli.job;

import io.github.motcua.DateRange;
import io.github.motcua.calendar.VietnamCalendars;
import io.github.motcua.period.ReportingPeriod;
import io.github.motcua.period.WindowPolicy;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The reporting period and report date of a report or of scores, checked as the rules need them. */
public final class Periods {
    private Periods() {}

    /**
     * Parses a period, whose window must reach into the working calendar's range: a window wholly
     * outside it would give an empty report, which is refused instead.
     *
     * @param text the period as written, such as {@code 2023-Q1} or {@code Quý I/2023}
     * @param window the data window
     * @param option how the request named it, such as {@code --period}, for the message
     * @return the period
     * @throws IllegalArgumentException if the text is not a period or its window lies outside the
     *     calendar
     */
    public static ReportingPeriod parse(String text, WindowPolicy window, String option) {
        ReportingPeriod parsed = ReportingPeriod.parse(text).withWindow(window);
        DateRange calendar = VietnamCalendars.RANGE;
        if (!parsed.dates().overlaps(calendar)) {
            throw new IllegalArgumentException(option + " " + text + ": its window " + parsed.start() + " to "
                    + parsed.end() + " lies outside the working calendar (" + calendar.start() + " to "
                    + calendar.endInclusive() + "), so no dossier of it can be judged");
        }
        return parsed;
    }

    /**
     * Returns the report date: the one asked for, or the window's last day.
     *
     * @param period the period
     * @param asOf the date asked for, or null
     * @param option how the request named it, such as {@code --as-of}, for the message
     * @return the report date
     * @throws IllegalArgumentException if the date is before the window's first day
     */
    public static LocalDate reportDate(ReportingPeriod period, @Nullable LocalDate asOf, String option) {
        LocalDate reportDate = asOf == null ? period.end() : asOf;
        if (reportDate.isBefore(period.start())) {
            throw new IllegalArgumentException(
                    option + " " + reportDate + " is before the first day " + period.start() + " of period " + period);
        }
        return reportDate;
    }
}
