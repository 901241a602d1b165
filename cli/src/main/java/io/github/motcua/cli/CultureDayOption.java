package io.github.motcua.cli;

import io.github.motcua.calendar.WorkingCalendar;
import io.github.motcua.cli.job.RuleChoices;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code --culture-day}/{@code --no-culture-day} (a mixin): whether the national calendar counts
 * Vietnamese Culture Day, 24/11 from 2026, as a day off. The day is provisional (docs/rules.md
 * §2.1); the choice reaches every computation, the bundled 2026 row included. Inherited by
 * subcommands, so that {@code motcua calendar is-working --no-culture-day 2026-11-24} works.
 */
final class CultureDayOption {
    @Option(
            names = "--culture-day",
            negatable = true,
            defaultValue = "true",
            fallbackValue = "true",
            scope = ScopeType.INHERIT,
            description = "Count Vietnamese Culture Day (24/11, from 2026; provisional) as a day off, the default;"
                    + " --no-culture-day counts it as a working day.")
    boolean cultureDay = true;

    /** The national calendar with the choice. */
    WorkingCalendar calendar() {
        return RuleChoices.nationalCalendar(cultureDay);
    }
}
