package io.github.motcua.cli;

import io.github.motcua.calendar.WorkingCalendar;
import io.github.motcua.deadline.LateRequestPolicy;
import io.github.motcua.timeliness.ExtensionPolicy;
import io.github.motcua.timeliness.Granularity;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The named rule choices of docs/rules.md that a user may change from the command line (a mixin):
 * the culture day, how ends are compared, what a late supplement request does, and which date an
 * extended dossier is judged against. Each default is the library's.
 */
final class RuleOptions {
    /** The spellings of {@code --compare}. */
    enum Compare {
        /** By instant for working-hour and same-day procedures, by date for the others: the default. */
        PROCEDURE(Granularity.BY_PROCESSING_TIME),
        /** By date for every procedure. */
        DATE(Granularity.DATE),
        /** By instant for every procedure. */
        INSTANT(Granularity.INSTANT);

        private final Granularity granularity;

        Compare(Granularity granularity) {
            this.granularity = granularity;
        }
    }

    /** The spellings of {@code --late-requests}. */
    enum LateRequests {
        /** A late supplement request leaves the due date: the default. */
        KEEP(LateRequestPolicy.KEEPS_DUE_DATE),
        /** Every request moves the clock. */
        MOVE(LateRequestPolicy.MOVES_DUE_DATE);

        private final LateRequestPolicy policy;

        LateRequests(LateRequestPolicy policy) {
            this.policy = policy;
        }
    }

    /** The spellings of {@code --judge-extended}. */
    enum JudgeExtended {
        /** Against the due date no extension moves: the default. */
        ORIGINAL(ExtensionPolicy.ORIGINAL_DUE_DATE),
        /** Against the date the apology promised. */
        PROMISED(ExtensionPolicy.PROMISED_DATE);

        private final ExtensionPolicy policy;

        JudgeExtended(ExtensionPolicy policy) {
            this.policy = policy;
        }
    }

    @Mixin
    CultureDayOption cultureDay = new CultureDayOption();

    @Option(
            names = "--compare",
            paramLabel = "procedure|date|instant",
            description = "How an end is compared with its due date: by instant for working-hour and same-day"
                    + " procedures and by date for the others (procedure, the default), by date, or by instant.")
    Compare compare = Compare.PROCEDURE;

    @Option(
            names = "--late-requests",
            paramLabel = "keep|move",
            description = "A supplement request sent after the due date or more than 3 working days after receipt"
                    + " keeps the due date (keep, the default) or moves it (move); a finding either way.")
    LateRequests lateRequests = LateRequests.KEEP;

    @Option(
            names = "--judge-extended",
            paramLabel = "original|promised",
            description = "Judge a dossier extended with an apology against its original due date (the default)"
                    + " or against the promised date.")
    JudgeExtended judgeExtended = JudgeExtended.ORIGINAL;

    /** The national calendar with the culture-day choice. */
    WorkingCalendar calendar() {
        return cultureDay.calendar();
    }

    Granularity granularity() {
        return compare.granularity;
    }

    LateRequestPolicy lateRequests() {
        return lateRequests.policy;
    }

    ExtensionPolicy extensionPolicy() {
        return judgeExtended.policy;
    }
}
