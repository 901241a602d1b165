package io.github.motcua.cli.job;

import io.github.motcua.calendar.StatutoryHolidays;
import io.github.motcua.calendar.VietnamCalendars;
import io.github.motcua.calendar.WorkingCalendar;
import io.github.motcua.deadline.DeadlineRules;
import io.github.motcua.deadline.LateRequestPolicy;
import io.github.motcua.excusal.ExcusalInterval;
import io.github.motcua.procedure.ProcedureCatalogue;
import io.github.motcua.timeliness.Attribution;
import io.github.motcua.timeliness.ExtensionPolicy;
import io.github.motcua.timeliness.Granularity;
import io.github.motcua.timeliness.TimelinessClassifier;
import java.util.List;
import java.util.Objects;

/**
 * The named rule choices of docs/rules.md that a user may change ({@code --no-culture-day}, {@code
 * --compare}, {@code --late-requests}, {@code --judge-extended}, {@code --attribute-to}, or the
 * query parameters of the same names), and the deadline rules and classifier they make with the
 * master data. Each default is the library's.
 *
 * @param cultureDay whether Vietnamese Culture Day, 24/11 from 2026 (provisional), is a day off
 * @param granularity how an end is compared with its due date
 * @param lateRequests what a late supplement request does to the due date
 * @param extensionPolicy which date an extended dossier is judged against
 * @param attribution the unit a dossier counts for
 */
public record RuleChoices(
        boolean cultureDay,
        Granularity granularity,
        LateRequestPolicy lateRequests,
        ExtensionPolicy extensionPolicy,
        Attribution attribution) {

    /** The library's defaults. */
    public static final RuleChoices DEFAULTS = new RuleChoices(
            true,
            Granularity.BY_PROCESSING_TIME,
            LateRequestPolicy.KEEPS_DUE_DATE,
            ExtensionPolicy.ORIGINAL_DUE_DATE,
            Attribution.RESOLVING_UNIT);

    /**
     * Checks the choices.
     *
     * @param cultureDay whether Vietnamese Culture Day is a day off
     * @param granularity how an end is compared with its due date
     * @param lateRequests what a late supplement request does to the due date
     * @param extensionPolicy which date an extended dossier is judged against
     * @param attribution the unit a dossier counts for
     */
    public RuleChoices {
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(lateRequests, "lateRequests");
        Objects.requireNonNull(extensionPolicy, "extensionPolicy");
        Objects.requireNonNull(attribution, "attribution");
    }

    /** The spellings of {@code --compare} and {@code compare=}. */
    public enum Compare {
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

    /** The spellings of {@code --late-requests} and {@code late-requests=}. */
    public enum LateRequests {
        /** A late supplement request leaves the due date: the default. */
        KEEP(LateRequestPolicy.KEEPS_DUE_DATE),
        /** Every request moves the clock. */
        MOVE(LateRequestPolicy.MOVES_DUE_DATE);

        private final LateRequestPolicy policy;

        LateRequests(LateRequestPolicy policy) {
            this.policy = policy;
        }
    }

    /** The spellings of {@code --judge-extended} and {@code judge-extended=}. */
    public enum JudgeExtended {
        /** Against the due date no extension moves: the default. */
        ORIGINAL(ExtensionPolicy.ORIGINAL_DUE_DATE),
        /** Against the date the apology promised. */
        PROMISED(ExtensionPolicy.PROMISED_DATE);

        private final ExtensionPolicy policy;

        JudgeExtended(ExtensionPolicy policy) {
            this.policy = policy;
        }
    }

    /** The spellings of {@code --attribute-to} and {@code attribute-to=}. */
    public enum AttributeTo {
        /** The unit that resolves the dossier, the default. */
        RESOLVING(Attribution.RESOLVING_UNIT),
        /** The unit whose desk received the dossier, such as a one-stop department. */
        RECEIVING(Attribution.RECEIVING_UNIT);

        private final Attribution attribution;

        AttributeTo(Attribution attribution) {
            this.attribution = attribution;
        }

        /**
         * Returns the attribution this spelling names.
         *
         * @return the attribution
         */
        public Attribution attribution() {
            return attribution;
        }
    }

    /**
     * Returns the choices as they are spelled.
     *
     * @param cultureDay whether Vietnamese Culture Day is a day off
     * @param compare how an end is compared with its due date
     * @param lateRequests what a late supplement request does to the due date
     * @param judgeExtended which date an extended dossier is judged against
     * @param attributeTo the unit a dossier counts for
     * @return the choices
     */
    public static RuleChoices of(
            boolean cultureDay,
            Compare compare,
            LateRequests lateRequests,
            JudgeExtended judgeExtended,
            AttributeTo attributeTo) {
        return new RuleChoices(
                cultureDay, compare.granularity, lateRequests.policy, judgeExtended.policy, attributeTo.attribution);
    }

    /**
     * Returns the national working calendar, with or without Culture Day; each is built once.
     *
     * @param cultureDay whether Vietnamese Culture Day is a day off
     * @return the calendar
     */
    public static WorkingCalendar nationalCalendar(boolean cultureDay) {
        return cultureDay ? VietnamCalendars.official() : WithoutCultureDay.CALENDAR;
    }

    /**
     * Returns the national calendar of these choices.
     *
     * @return the calendar
     */
    public WorkingCalendar calendar() {
        return nationalCalendar(cultureDay);
    }

    /**
     * Returns the deadline rules of the calendar, a procedure catalogue and these choices.
     *
     * @param catalogue the procedures' versions
     * @return the rules
     */
    public DeadlineRules deadlineRules(ProcedureCatalogue catalogue) {
        return DeadlineRules.builder()
                .calendar(calendar())
                .catalogue(catalogue)
                .lateRequests(lateRequests)
                .build();
    }

    /**
     * Returns the classifier of the national calendar, the procedures' deadlines, the excusal
     * intervals and these choices.
     *
     * @param catalogue the procedures' versions
     * @param intervals the excusal intervals
     * @return the classifier
     */
    public TimelinessClassifier classifier(ProcedureCatalogue catalogue, List<ExcusalInterval> intervals) {
        return TimelinessClassifier.builder()
                .deadlineRules(deadlineRules(catalogue))
                .excusals(intervals)
                .attribution(attribution)
                .granularity(granularity)
                .extensionPolicy(extensionPolicy)
                .build();
    }

    /** The calendar without Culture Day, built on first use. */
    private static final class WithoutCultureDay {
        static final WorkingCalendar CALENDAR = VietnamCalendars.builder()
                .statutoryHolidays(StatutoryHolidays.defaults().withCultureDay(false))
                .build();
    }
}
