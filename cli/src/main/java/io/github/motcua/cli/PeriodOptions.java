package io.github.motcua.cli;

import io.github.motcua.cli.job.Periods;
import io.github.motcua.period.ReportingPeriod;
import io.github.motcua.period.WindowPolicy;
import picocli.CommandLine.Option;

/** {@code --period} and {@code --window}: the reporting period of {@code report} and {@code score}. */
final class PeriodOptions {
    @Option(
            names = "--period",
            required = true,
            paramLabel = "PERIOD",
            description = "2023, 2023-H1, 2023-9M, 2023-Q1 or 2023-05; or as report titles write it: \"năm 2023\","
                    + " \"Quý I/2023\", \"6 tháng đầu năm 2023\", \"9 tháng đầu năm 2023\", \"tháng 5/2023\".")
    @SuppressWarnings("NullAway.Init") // required option
    String period;

    @Option(
            names = "--window",
            paramLabel = "official|calendar",
            description = "The data window: ${COMPLETION-CANDIDATES}; official (15th to 14th) by default.")
    WindowPolicy window = WindowPolicy.OFFICIAL;

    /**
     * The period, whose window must reach into the working calendar's range: a window wholly
     * outside it would give an empty report, which is refused instead.
     */
    ReportingPeriod period() {
        return Periods.parse(period, window, "--period");
    }
}
