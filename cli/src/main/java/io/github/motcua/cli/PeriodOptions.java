package io.github.motcua.cli;

import io.github.motcua.period.ReportingPeriod;
import io.github.motcua.period.WindowPolicy;
import picocli.CommandLine.Option;

/** {@code --period} and {@code --window}: the reporting period of {@code report} and {@code score}. */
final class PeriodOptions {
    @Option(
            names = "--period",
            required = true,
            paramLabel = "PERIOD",
            description = "2023, 2023-H1, 2023-9M, 2023-Q1 or 2023-05.")
    @SuppressWarnings("NullAway.Init") // required option
    String period;

    @Option(
            names = "--window",
            paramLabel = "official|calendar",
            description = "The data window: ${COMPLETION-CANDIDATES}; official (15th to 14th) by default.")
    WindowPolicy window = WindowPolicy.OFFICIAL;

    ReportingPeriod period() {
        return ReportingPeriod.parse(period).withWindow(window);
    }
}
