package io.github.motcua.cli;

import io.github.motcua.calendar.WorkingCalendar;
import io.github.motcua.cli.job.RuleChoices;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The named rule choices of docs/rules.md that a user may change from the command line (a mixin):
 * the culture day, how ends are compared, what a late supplement request does, and which date an
 * extended dossier is judged against. Each default is the library's.
 */
final class RuleOptions {
    @Mixin
    CultureDayOption cultureDay = new CultureDayOption();

    @Option(
            names = "--compare",
            paramLabel = "procedure|date|instant",
            description = "How an end is compared with its due date: by instant for working-hour and same-day"
                    + " procedures and by date for the others (procedure, the default), by date, or by instant.")
    RuleChoices.Compare compare = RuleChoices.Compare.PROCEDURE;

    @Option(
            names = "--late-requests",
            paramLabel = "keep|move",
            description = "A supplement request sent after the due date or more than 3 working days after receipt"
                    + " keeps the due date (keep, the default) or moves it (move); a finding either way.")
    RuleChoices.LateRequests lateRequests = RuleChoices.LateRequests.KEEP;

    @Option(
            names = "--judge-extended",
            paramLabel = "original|promised",
            description = "Judge a dossier extended with an apology against its original due date (the default)"
                    + " or against the promised date.")
    RuleChoices.JudgeExtended judgeExtended = RuleChoices.JudgeExtended.ORIGINAL;

    /** The national calendar with the culture-day choice. */
    WorkingCalendar calendar() {
        return cultureDay.calendar();
    }

    /** The choices, with the unit a dossier counts for. */
    RuleChoices choices(AttributionOption attribution) {
        return RuleChoices.of(cultureDay.cultureDay, compare, lateRequests, judgeExtended, attribution.attributeTo);
    }
}
