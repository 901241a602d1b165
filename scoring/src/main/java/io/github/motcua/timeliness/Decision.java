package io.github.motcua.timeliness;

import io.github.motcua.VietnamTime;
import java.util.List;

/**
 * Which rule decided a {@link Verdict}: each gives the classes named here, and {@link Verdict#rule()}
 * puts it in words with the values compared.
 */
public enum Decision {
    /** Ended before its due date: {@link Timeliness#EARLY}. */
    ENDED_BEFORE_DUE_DATE(DueDate.REQUIRED, Timeliness.EARLY) {
        @Override
        String describe(Verdict verdict) {
            return "ended " + endDate(verdict) + " before the due date " + due(verdict) + ": EARLY";
        }
    },
    /** Ended on its due date: {@link Timeliness#ON_TIME}. */
    ENDED_ON_DUE_DATE(DueDate.REQUIRED, Timeliness.ON_TIME) {
        @Override
        String describe(Verdict verdict) {
            return "ended " + endDate(verdict) + " on the due date: ON_TIME";
        }
    },
    /** Ended after its due date: {@link Timeliness#LATE}, which an excusal may adjust. */
    ENDED_AFTER_DUE_DATE(DueDate.REQUIRED, Timeliness.LATE) {
        @Override
        String describe(Verdict verdict) {
            return "ended " + endDate(verdict) + " after the due date " + due(verdict) + ", "
                    + verdict.latenessWorkingDays() + " working day(s) late: LATE" + excusal(verdict);
        }
    },
    /**
     * Ended on its due date but after the due instant, comparing by {@link Granularity#INSTANT}:
     * {@link Timeliness#LATE}, which an excusal may adjust.
     */
    ENDED_AFTER_DUE_INSTANT(DueDate.REQUIRED, Timeliness.LATE) {
        @Override
        String describe(Verdict verdict) {
            return "ended " + VietnamTime.format(verdict.end().orElseThrow())
                    + " after the due instant on the due date " + due(verdict) + " (by instant): LATE"
                    + excusal(verdict);
        }
    },
    /**
     * Closed without a result: {@link Timeliness#REFUSED}, {@link Timeliness#WITHDRAWN} or {@link
     * Timeliness#STOPPED}, with or without a due date.
     */
    CLOSED_WITHOUT_RESULT(DueDate.OPTIONAL, Timeliness.REFUSED, Timeliness.WITHDRAWN, Timeliness.STOPPED) {
        @Override
        String describe(Verdict verdict) {
            return "closed " + endDate(verdict) + " without a result: " + verdict.timeliness();
        }
    },
    /**
     * More than one supplement request under {@link RepeatedSupplementPolicy#COUNTED_OVERDUE}:
     * {@link Timeliness#LATE} once ended, {@link Timeliness#PENDING_OVERDUE} while pending, with or
     * without a due date.
     */
    REPEATED_SUPPLEMENT_REQUESTS(DueDate.OPTIONAL, Timeliness.LATE, Timeliness.PENDING_OVERDUE) {
        @Override
        String describe(Verdict verdict) {
            return "more than one supplement request, counted as overdue (national index rule): "
                    + verdict.timeliness();
        }
    },
    /**
     * Pending while the body waits for the applicant to supplement the dossier: {@link
     * Timeliness#PENDING_WITHIN}, without a due date.
     */
    WAITING_FOR_APPLICANT(DueDate.ABSENT, Timeliness.PENDING_WITHIN) {
        @Override
        String describe(Verdict verdict) {
            return "waiting for the applicant to supplement the dossier on " + verdict.reportDate()
                    + ": PENDING_WITHIN";
        }
    },
    /** Pending on a report date not after its due date: {@link Timeliness#PENDING_WITHIN}. */
    PENDING_NOT_PAST_DUE_DATE(DueDate.REQUIRED, Timeliness.PENDING_WITHIN) {
        @Override
        String describe(Verdict verdict) {
            return "pending on " + verdict.reportDate() + ", not after the due date " + due(verdict)
                    + ": PENDING_WITHIN";
        }
    },
    /** Pending on a report date after its due date: {@link Timeliness#PENDING_OVERDUE}. */
    PENDING_PAST_DUE_DATE(DueDate.REQUIRED, Timeliness.PENDING_OVERDUE) {
        @Override
        String describe(Verdict verdict) {
            return "pending on " + verdict.reportDate() + ", after the due date " + due(verdict) + ", "
                    + verdict.latenessWorkingDays() + " working day(s) overdue: PENDING_OVERDUE";
        }
    },
    /**
     * Pending at the end of its due date, past the due instant, comparing by instant (a procedure
     * counted in working hours or the same day, by default): {@link Timeliness#PENDING_OVERDUE}.
     */
    PENDING_PAST_DUE_INSTANT(DueDate.REQUIRED, Timeliness.PENDING_OVERDUE) {
        @Override
        String describe(Verdict verdict) {
            return "pending at the end of " + verdict.reportDate() + ", past the due instant on the due date "
                    + due(verdict) + " (by instant): PENDING_OVERDUE";
        }
    };

    /** Whether a verdict decided by a rule has a due date. */
    enum DueDate {
        REQUIRED,
        ABSENT,
        OPTIONAL
    }

    private final DueDate dueDate;
    private final List<Timeliness> classes;

    Decision(DueDate dueDate, Timeliness... classes) {
        this.dueDate = dueDate;
        this.classes = List.of(classes);
    }

    /** Returns whether a verdict decided by this rule has a due date. */
    DueDate dueDate() {
        return dueDate;
    }

    /** Returns the classes this rule gives, in the order of {@link Timeliness}. */
    List<Timeliness> classes() {
        return classes;
    }

    abstract String describe(Verdict verdict);

    private static String endDate(Verdict verdict) {
        return VietnamTime.dateOf(verdict.end().orElseThrow()).toString();
    }

    private static String due(Verdict verdict) {
        return verdict.dueDate().orElseThrow().toString();
    }

    private static String excusal(Verdict verdict) {
        return verdict.excusalReason()
                .map(reason -> "; excused in the adjusted figures: " + reason)
                .orElse("");
    }
}
