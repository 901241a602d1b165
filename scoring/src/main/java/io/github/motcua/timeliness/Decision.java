package io.github.motcua.timeliness;

import io.github.motcua.VietnamTime;

/** Which rule decided a verdict; its words are written only when asked for. */
enum Decision {
    ENDED_BEFORE_DUE_DATE {
        @Override
        String describe(Verdict verdict) {
            return "ended " + endDate(verdict) + " before the due date " + due(verdict) + ": EARLY";
        }
    },
    ENDED_ON_DUE_DATE {
        @Override
        String describe(Verdict verdict) {
            return "ended " + endDate(verdict) + " on the due date: ON_TIME";
        }
    },
    ENDED_AFTER_DUE_DATE {
        @Override
        String describe(Verdict verdict) {
            return "ended " + endDate(verdict) + " after the due date " + due(verdict) + ", "
                    + verdict.latenessWorkingDays() + " working day(s) late: LATE" + excusal(verdict);
        }
    },
    ENDED_AFTER_DUE_INSTANT {
        @Override
        String describe(Verdict verdict) {
            return "ended " + VietnamTime.format(verdict.end().orElseThrow())
                    + " after the due instant on the due date " + due(verdict) + " (by instant): LATE"
                    + excusal(verdict);
        }
    },
    CLOSED_WITHOUT_RESULT {
        @Override
        String describe(Verdict verdict) {
            return "closed " + endDate(verdict) + " without a result: " + verdict.timeliness();
        }
    },
    REPEATED_SUPPLEMENT_REQUESTS {
        @Override
        String describe(Verdict verdict) {
            return "more than one supplement request, counted as overdue (national index rule): "
                    + verdict.timeliness();
        }
    },
    WAITING_FOR_APPLICANT {
        @Override
        String describe(Verdict verdict) {
            return "waiting for the applicant to supplement the dossier on " + verdict.reportDate()
                    + ": PENDING_WITHIN";
        }
    },
    PENDING_NOT_PAST_DUE_DATE {
        @Override
        String describe(Verdict verdict) {
            return "pending on " + verdict.reportDate() + ", not after the due date " + due(verdict)
                    + ": PENDING_WITHIN";
        }
    },
    PENDING_PAST_DUE_DATE {
        @Override
        String describe(Verdict verdict) {
            return "pending on " + verdict.reportDate() + ", after the due date " + due(verdict) + ", "
                    + verdict.latenessWorkingDays() + " working day(s) overdue: PENDING_OVERDUE";
        }
    };

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
