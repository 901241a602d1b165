package io.github.motcua.deadline;

/** What a request to supplement a dossier does to its processing time. */
public enum SupplementPolicy {
    /**
     * The processing time starts again from the beginning when the complete dossier arrives
     * (NĐ 61/2018/NĐ-CP Điều 19.4): the answer counts as a new receipt.
     */
    RESTART,
    /**
     * The time spent waiting for the applicant is left out: the due date moves by the working days
     * (or working time, or calendar days, in the procedure's unit) between each request and its
     * answer. The national public service portal computes its index this way.
     */
    PAUSE
}
