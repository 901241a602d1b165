package io.github.motcua.deadline;

/**
 * What a supplement request made too late does to a dossier's due date: one sent after the due
 * date in force when it was sent (after the due instant, for a procedure counted in working hours
 * or the same day), or more than 3 working days after the clock started: the receipt, or under
 * {@link SupplementPolicy#RESTART} the answer that restarted it (NĐ 61/2018/NĐ-CP Điều 19.4 sets
 * that window). Either way the deadline carries a finding that names the request
 * (docs/rules.md §2.3).
 */
public enum LateRequestPolicy {
    /**
     * The default: a late request leaves the due date where it was, so lateness already incurred
     * stays lateness, and an unanswered late request does not stop the clock. The window is the
     * law's; that a late request therefore moves nothing is the project's reading of it.
     */
    KEEPS_DUE_DATE,
    /** Every request moves the clock under the supplement policy, however late it was sent. */
    MOVES_DUE_DATE
}
